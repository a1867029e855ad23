using CorporateParenting.ReadModels;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceStore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VirtualSchool.Api.Alerts;
using VirtualSchool.Api.Commands;
using VirtualSchool.Api.Feed;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Options;
using VirtualSchool.Api.Queries;
using VirtualSchool.Api.ReadModel;
using VirtualSchool.Api.Sweeps;
using VirtualSchool.Domain.Attendance;

namespace VirtualSchool.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceStore<VirtualSchoolDbContext>(ResourceNames.VirtualSchoolDb, ResourceNames.VirtualSchool, typeof(Extensions).Assembly);

        builder.Services.AddOptions<SchoolTermsOptions>().BindConfiguration(SchoolTermsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<SchoolTermsOptions>>().Value.ToCalendar());
        builder.Services.TryAddSingleton(AttendanceCodes.Default);
        builder.Services.AddOptions<MeasureOptions>().BindConfiguration(MeasureOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        builder.Services.AddScoped<MeasurePeriods>();
        builder.Services.AddSingleton<AttendanceMeasures>();
        builder.Services.AddScoped<GetAttendanceSummaryHandler>();
        builder.Services.AddScoped<GetPupilAttendanceHandler>();
        builder.Services.AddScoped<GetCohortMeasuresHandler>();
        builder.Services.AddScoped<ListWorklistHandler>();
        builder.Services.AddScoped<ResolveAlertHandler>();
        builder.Services.AddSingleton<AlertWriter>();
        builder.Services.AddScoped<IMarksChangedHandler, AttendanceAlerts>();
        builder.Services.AddScoped<MissingMarksSweep>();
        builder.Services.AddHostedService<MissingMarksSweepService>();
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
