using CorporateParenting.Health.V1;
using CorporateParenting.LeavingCare.V1;
using CorporateParenting.Notifications.V1;
using CorporateParenting.Placements.V1;
using CorporateParenting.VirtualSchool.V1;
using Reporting.Api.Options;

namespace Reporting.Api.Sources;

public static class ReturnSourcesExtensions
{
    /// <summary>The named gRPC clients of the services that own the return's tables and the Board's figures (a test may give each another primary handler).</summary>
    public const string PlacementsClientName = "placements-return";
    public const string HealthClientName = "health-oc2";
    public const string LeavingCareClientName = "leavingcare-oc3";
    public const string VirtualSchoolClientName = "virtualschool-measures";
    public const string NotificationsClientName = "notifications-measures";

    /// <summary>
    /// A gRPC client of each service that owns a table, found by service discovery and carrying the caller's token. The
    /// default resilience handlers come off: their 30-second total timeout would cut a whole caseload's stream short, and
    /// a stream half-read cannot be retried from the start without writing its rows twice.
    /// </summary>
    public static IHostApplicationBuilder AddReturnSources(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ReturnSourcesOptions.Section).Get<ReturnSourcesOptions>() ?? new ReturnSourcesOptions();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<ForwardCallerToken>();
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked for evaluation; it is the documented way to undo a default.
        builder.Services.AddGrpcClient<Placements.PlacementsClient>(PlacementsClientName, client => client.Address = new Uri(options.PlacementsAddress))
            .AddHttpMessageHandler<ForwardCallerToken>().RemoveAllResilienceHandlers();
        builder.Services.AddGrpcClient<Health.HealthClient>(HealthClientName, client => client.Address = new Uri(options.HealthAddress))
            .AddHttpMessageHandler<ForwardCallerToken>().RemoveAllResilienceHandlers();
        builder.Services.AddGrpcClient<LeavingCare.LeavingCareClient>(LeavingCareClientName, client => client.Address = new Uri(options.LeavingCareAddress))
            .AddHttpMessageHandler<ForwardCallerToken>().RemoveAllResilienceHandlers();
        builder.Services.AddGrpcClient<VirtualSchool.VirtualSchoolClient>(VirtualSchoolClientName, client => client.Address = new Uri(options.VirtualSchoolAddress))
            .AddHttpMessageHandler<ForwardCallerToken>().RemoveAllResilienceHandlers();
        builder.Services.AddGrpcClient<Notifications.NotificationsClient>(NotificationsClientName, client => client.Address = new Uri(options.NotificationsAddress))
            .AddHttpMessageHandler<ForwardCallerToken>().RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.AddScoped<ReturnSources>();
        builder.Services.AddScoped<MeasureSources>();
        return builder;
    }
}
