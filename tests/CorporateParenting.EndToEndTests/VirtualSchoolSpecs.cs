extern alias PlacementsApi;
extern alias VirtualSchoolApi;

using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.ReadModels;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Microsoft.Extensions.DependencyInjection;
using PlacementsService = PlacementsApi::Placements.Api.Grpc.PlacementsGrpcService;
using VirtualSchoolService = VirtualSchoolApi::VirtualSchool.Api.Grpc.VirtualSchoolGrpcService;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// Placements and the Virtual School in-process over the real infrastructure, each on a clean database. The Virtual
/// School learns its pupils from Placements' events and rebuilds from Placements' register in-process; a test begins once
/// its first-start rebuild has completed. <paramref name="settings"/> adds Virtual School configuration (term dates, times).
/// </summary>
public abstract class VirtualSchoolSpecs(InfrastructureFixture fixture, IReadOnlyDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    protected InfrastructureFixture Fixture => fixture;
    protected ServiceFactory<PlacementsService> PlacementsService { get; private set; } = null!;
    protected ServiceFactory<VirtualSchoolService> VirtualSchoolService { get; private set; } = null!;
    protected CorporateParenting.Placements.V1.Placements.PlacementsClient Placements { get; private set; } = null!;
    protected CorporateParenting.VirtualSchool.V1.VirtualSchool.VirtualSchoolClient VirtualSchool { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        PlacementsService = await ServiceFactory<PlacementsService>.StartAsync(fixture, ResourceNames.PlacementsDb);
        Placements = new(PlacementsService.CreateGrpcChannel());
        await StartVirtualSchoolAsync();
    }

    /// <summary>An HTTP client for the Virtual School's REST API, acting under <paramref name="roles"/>.</summary>
    protected HttpClient VirtualSchoolAs(params string[] roles) => VirtualSchoolService.CreateClient(TestTokens.For(roles));

    /// <summary>The Virtual School's first start again, on an emptied database, over what Placements holds now.</summary>
    protected async Task RestartVirtualSchoolOnEmptyDatabaseAsync()
    {
        await VirtualSchoolService.DisposeAsync();
        await StartVirtualSchoolAsync();
    }

    /// <summary>Once every rebuild asked of the Virtual School has completed: the runs, newest first.</summary>
    protected async Task<JsonElement[]> WaitForRebuildsAsync()
    {
        using var admin = VirtualSchoolService.CreateClient(TestTokens.For(Roles.Admin));
        return await Eventually.ReturnsAsync(
            async () => (await admin.GetFromJsonAsync<JsonElement>(ReadModelRebuildApi.RoutePrefix)).EnumerateArray().ToArray(),
            runs => runs.Length > 0 && runs.All(run => run.GetProperty("status").GetString() == "COMPLETED"),
            "the Virtual School's read model rebuilds to complete");
    }

    private async Task StartVirtualSchoolAsync()
    {
        var all = new Dictionary<string, string?>
        {
            [$"{ReadModelOptions.Section}:{nameof(ReadModelOptions.PlacementsAddress)}"] = "http://localhost",
            [$"{ReadModelOptions.Section}:{nameof(ReadModelOptions.RetryAfter)}"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        VirtualSchoolService = await ServiceFactory<VirtualSchoolService>.StartAsync(fixture, ResourceNames.VirtualSchoolDb, all,
            services => services.AddHttpClient(ReadModelExtensions.PlacementsClientName)
                .ConfigurePrimaryHttpMessageHandler(() => PlacementsService.Server.CreateHandler()));
        VirtualSchool = new(VirtualSchoolService.CreateGrpcChannel());
        await WaitForRebuildsAsync();
    }

    public async Task DisposeAsync()
    {
        await PlacementsService.DisposeAsync();
        await VirtualSchoolService.DisposeAsync();
    }
}
