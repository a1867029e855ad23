extern alias HealthApi;
extern alias PlacementsApi;

using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.Health.V1;
using CorporateParenting.ReadModels;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using Grpc.Core;
using CorporateParenting.Testing;
using Microsoft.Extensions.DependencyInjection;
using HealthService = HealthApi::Health.Api.Grpc.HealthGrpcService;
using PlacementsService = PlacementsApi::Placements.Api.Grpc.PlacementsGrpcService;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// Placements and Health in-process over the real infrastructure, each on a clean database, reached only through
/// gRPC clients compiled here from the shared .proto files. The services' assemblies are aliased: the tests see
/// them only as hosts. Health reads Placements' register for its read model in-process too, and a test begins once
/// Health's first-start rebuild (over the empty register) has completed, so that no test races it by accident.
/// </summary>
public abstract class PlacementsAndHealthSpecs(InfrastructureFixture fixture) : IAsyncLifetime
{
    protected InfrastructureFixture Fixture => fixture;
    protected ServiceFactory<PlacementsService> PlacementsService { get; private set; } = null!;
    protected ServiceFactory<HealthService> HealthService { get; private set; } = null!;
    protected CorporateParenting.Placements.V1.Placements.PlacementsClient Placements { get; private set; } = null!;
    protected CorporateParenting.Health.V1.Health.HealthClient Health { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await StartPlacementsOnEmptyDatabaseAsync();
        await StartHealthAsync();
    }

    /// <summary>Placements started again on an emptied database (after disposing the running one).</summary>
    protected async Task StartPlacementsOnEmptyDatabaseAsync()
    {
        PlacementsService = await ServiceFactory<PlacementsService>.StartAsync(fixture, ResourceNames.PlacementsDb);
        Placements = new(PlacementsService.CreateGrpcChannel());
    }

    /// <summary>Health's first start again, on an emptied database, over what Placements holds now.</summary>
    protected async Task RestartHealthOnEmptyDatabaseAsync()
    {
        await HealthService.DisposeAsync();
        await StartHealthAsync();
    }

    /// <summary>Once every rebuild asked of Health has completed: the runs, newest first.</summary>
    protected async Task<JsonElement[]> WaitForRebuildsAsync()
    {
        using var admin = HealthService.CreateClient(TestTokens.For(Roles.Admin));
        return await Eventually.ReturnsAsync(
            async () => (await admin.GetFromJsonAsync<JsonElement>(ReadModelRebuildApi.RoutePrefix)).EnumerateArray().ToArray(),
            runs => runs.Length > 0 && runs.All(run => run.GetProperty("status").GetString() == "COMPLETED"),
            "Health's read model rebuilds to complete");
    }

    private async Task StartHealthAsync()
    {
        HealthService = await ServiceFactory<HealthService>.StartAsync(fixture, ResourceNames.HealthDb,
            new Dictionary<string, string?>
            {
                [$"{ReadModelOptions.Section}:{nameof(ReadModelOptions.PlacementsAddress)}"] = "http://localhost",
                [$"{ReadModelOptions.Section}:{nameof(ReadModelOptions.RetryAfter)}"] = "00:00:00.200",
            },
            services => services.AddHttpClient(ReadModelExtensions.PlacementsClientName)
                .ConfigurePrimaryHttpMessageHandler(() => PlacementsService.Server.CreateHandler()));
        Health = new(HealthService.CreateGrpcChannel());
        await WaitForRebuildsAsync();
    }

    /// <summary>The child's health summary, or an empty one while the child has not yet reached Health (NotFound).</summary>
    protected async Task<HealthSummary> HealthSummaryOrEmptyAsync(string childId, Metadata caller)
    {
        try
        {
            return await Health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = childId }, caller);
        }
        catch (RpcException unknown) when (unknown.StatusCode == StatusCode.NotFound)
        {
            return new HealthSummary { ChildId = childId };
        }
    }

    public async Task DisposeAsync()
    {
        await PlacementsService.DisposeAsync();
        await HealthService.DisposeAsync();
    }
}
