using CorporateParenting.ReadModels;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceStore;
using VirtualSchool.Api.Commands;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Options;
using VirtualSchool.Api.Queries;
using VirtualSchool.Api.ReadModel;

namespace VirtualSchool.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceStore<VirtualSchoolDbContext>(ResourceNames.VirtualSchoolDb, ResourceNames.VirtualSchool, typeof(Extensions).Assembly);
        builder.Services.AddOptions<AuthorityOptions>().BindConfiguration(AuthorityOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        builder.Services.AddScoped<RecordSchoolHandler>();
        builder.Services.AddScoped<UpdateSchoolHandler>();
        builder.Services.AddScoped<ListSchoolsHandler>();
        builder.Services.AddScoped<RecordEnrolmentHandler>();
        builder.Services.AddScoped<CorrectEnrolmentHandler>();
        builder.Services.AddScoped<ListPupilsHandler>();
        builder.Services.AddScoped<GetPupilHandler>();
        builder.AddCareHistoryReadModel<VirtualSchoolDbContext, ApplyCareHistorySnapshotHandler>(ResourceNames.VirtualSchool);
        return builder;
    }
}
