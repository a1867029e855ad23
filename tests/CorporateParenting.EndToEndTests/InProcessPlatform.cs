extern alias HealthApi;
extern alias LeavingCareApi;
extern alias NotificationsApi;
extern alias PlacementsApi;
extern alias ReportingApi;
extern alias VirtualSchoolApi;

using CorporateParenting.ReadModels;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.Testing;
using Microsoft.Extensions.DependencyInjection;
using HealthService = HealthApi::Health.Api.Grpc.HealthGrpcService;
using LeavingCareProgram = LeavingCareApi::Program;
using NotificationsDbContext = NotificationsApi::Notifications.Api.Infrastructure.NotificationsDbContext;
using PlacementsService = PlacementsApi::Placements.Api.Grpc.PlacementsGrpcService;
using ReportingDbContext = ReportingApi::Reporting.Api.Infrastructure.ReportingDbContext;
using Sources = ReportingApi::Reporting.Api.Sources.ReturnSourcesExtensions;
using VirtualSchoolService = VirtualSchoolApi::VirtualSchool.Api.Grpc.VirtualSchoolGrpcService;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// The whole platform but the Portal: the five services and Reporting, all in-process over the real database and broker,
/// each on a clean database: the services learn the children from Placements' events and register, and Reporting reaches
/// each over gRPC through the test server, under the caller's own token. The Portal's browser tests compile this same
/// file (linked) and put the Portal on a real port in front of it.
/// </summary>
public sealed class InProcessPlatform : IAsyncDisposable
{
    private InProcessPlatform(
        ServiceFactory<PlacementsService> placements, ServiceFactory<HealthService> health, ServiceFactory<LeavingCareProgram> leavingCare,
        ServiceFactory<VirtualSchoolService> virtualSchool, ServiceFactory<NotificationsDbContext> notifications, ServiceFactory<ReportingDbContext> reporting)
    {
        (Placements, Health, LeavingCare, VirtualSchool, Notifications, Reporting) = (placements, health, leavingCare, virtualSchool, notifications, reporting);
    }

    public ServiceFactory<PlacementsService> Placements { get; }
    public ServiceFactory<HealthService> Health { get; }
    public ServiceFactory<LeavingCareProgram> LeavingCare { get; }
    public ServiceFactory<VirtualSchoolService> VirtualSchool { get; }
    public ServiceFactory<NotificationsDbContext> Notifications { get; }
    public ServiceFactory<ReportingDbContext> Reporting { get; }

    /// <param name="everyService">Settings given to all six, e.g. an identity provider they all trust.</param>
    public static async Task<InProcessPlatform> StartAsync(
        InfrastructureFixture fixture, IReadOnlyDictionary<string, string?>? placementsSettings = null, IReadOnlyDictionary<string, string?>? reportingSettings = null,
        IReadOnlyDictionary<string, string?>? notificationsSettings = null, IReadOnlyDictionary<string, string?>? virtualSchoolSettings = null,
        IReadOnlyDictionary<string, string?>? everyService = null)
    {
        Dictionary<string, string?> With(IReadOnlyDictionary<string, string?>? settings)
        {
            var all = new Dictionary<string, string?>(everyService ?? new Dictionary<string, string?>());
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                all[key] = value;
            }
            return all;
        }

        var placements = await ServiceFactory<PlacementsService>.StartAsync(fixture, ResourceNames.PlacementsDb, With(placementsSettings));
        var readModel = With(new Dictionary<string, string?>
        {
            [$"{ReadModelOptions.Section}:{nameof(ReadModelOptions.PlacementsAddress)}"] = "http://localhost",
            [$"{ReadModelOptions.Section}:{nameof(ReadModelOptions.RetryAfter)}"] = "00:00:00.200",
        });
        void FromPlacements(IServiceCollection services) => services.AddHttpClient(ReadModelExtensions.PlacementsClientName)
            .ConfigurePrimaryHttpMessageHandler(() => placements.Server.CreateHandler());
        var health = await ServiceFactory<HealthService>.StartAsync(fixture, ResourceNames.HealthDb, readModel, FromPlacements);
        var leavingCare = await ServiceFactory<LeavingCareProgram>.StartAsync(fixture, ResourceNames.LeavingCareDb, readModel, FromPlacements);
        var virtualSchool = await ServiceFactory<VirtualSchoolService>.StartAsync(
            fixture, ResourceNames.VirtualSchoolDb, new Dictionary<string, string?>(readModel.Concat(virtualSchoolSettings ?? new Dictionary<string, string?>())), FromPlacements);
        var notifications = await ServiceFactory<NotificationsDbContext>.StartAsync(fixture, ResourceNames.NotificationsDb, With(notificationsSettings));

        var settings = With(new Dictionary<string, string?>
        {
            ["Reporting:Sources:PlacementsAddress"] = "http://localhost",
            ["Reporting:Sources:HealthAddress"] = "http://localhost",
            ["Reporting:Sources:LeavingCareAddress"] = "http://localhost",
            ["Reporting:Sources:VirtualSchoolAddress"] = "http://localhost",
            ["Reporting:Sources:NotificationsAddress"] = "http://localhost",
        });
        foreach (var (key, value) in reportingSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var reporting = await ServiceFactory<ReportingDbContext>.StartAsync(fixture, ResourceNames.ReportingDb, settings, services =>
        {
            services.AddHttpClient(Sources.PlacementsClientName).ConfigurePrimaryHttpMessageHandler(() => placements.Server.CreateHandler());
            services.AddHttpClient(Sources.HealthClientName).ConfigurePrimaryHttpMessageHandler(() => health.Server.CreateHandler());
            services.AddHttpClient(Sources.LeavingCareClientName).ConfigurePrimaryHttpMessageHandler(() => leavingCare.Server.CreateHandler());
            services.AddHttpClient(Sources.VirtualSchoolClientName).ConfigurePrimaryHttpMessageHandler(() => virtualSchool.Server.CreateHandler());
            services.AddHttpClient(Sources.NotificationsClientName).ConfigurePrimaryHttpMessageHandler(() => notifications.Server.CreateHandler());
        });
        return new(placements, health, leavingCare, virtualSchool, notifications, reporting);
    }

    public async ValueTask DisposeAsync()
    {
        await Reporting.DisposeAsync();
        await Notifications.DisposeAsync();
        await VirtualSchool.DisposeAsync();
        await LeavingCare.DisposeAsync();
        await Health.DisposeAsync();
        await Placements.DisposeAsync();
    }
}
