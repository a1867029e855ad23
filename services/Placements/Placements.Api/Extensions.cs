using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceStore;
using Placements.Api.Commands;
using Placements.Api.Grpc;
using Placements.Api.Import;
using Placements.Api.Infrastructure;
using Placements.Api.Options;
using Placements.Api.Queries;

namespace Placements.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceStore<PlacementsDbContext>(ResourceNames.PlacementsDb, ResourceNames.Placements, typeof(Extensions).Assembly);

        builder.Services.AddOptions<AuthorityOptions>()
            .BindConfiguration(AuthorityOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<CareCommandSessions>();
        builder.Services.AddScoped<RecordEntryToCareHandler>();
        builder.Services.AddScoped<RecordPlacementChangeHandler>();
        builder.Services.AddScoped<RecordLegalStatusChangeHandler>();
        builder.Services.AddScoped<RecordCareEndedHandler>();
        builder.Services.AddScoped<AllocateSocialWorkerHandler>();
        builder.Services.AddScoped<CorrectRecordHandler>();
        builder.Services.AddScoped<GetChildHandler>();
        builder.Services.AddScoped<ListChildrenHandler>();
        builder.Services.AddScoped<ChildRegister>();
        builder.Services.AddScoped<StreamCareHistoriesHandler>();
        builder.Services.AddScoped<StreamReturnHandler>();
        builder.Services.AddScoped<RecordMissingEpisodeHandler>();
        builder.Services.AddScoped<GetChildTimelineHandler>();
        builder.Services.AddScoped<GetMeasuresHandler>();
        builder.Services.AddScoped<CaseloadImport>();
        return builder;
    }
}
