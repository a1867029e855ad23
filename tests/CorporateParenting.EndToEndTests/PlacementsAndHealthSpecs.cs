extern alias HealthApi;
extern alias PlacementsApi;

using CorporateParenting.Health.V1;
using CorporateParenting.ServiceDefaults;
using Grpc.Core;
using CorporateParenting.Testing;
using HealthService = HealthApi::Health.Api.Grpc.HealthGrpcService;
using PlacementsService = PlacementsApi::Placements.Api.Grpc.PlacementsGrpcService;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// Placements and Health in-process over the real infrastructure, each on a clean database, reached only through
/// gRPC clients compiled here from the shared .proto files. The services' assemblies are aliased: the tests see
/// them only as hosts.
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
        PlacementsService = await ServiceFactory<PlacementsService>.StartAsync(fixture, ResourceNames.PlacementsDb);
        HealthService = await ServiceFactory<HealthService>.StartAsync(fixture, ResourceNames.HealthDb);
        Placements = new(PlacementsService.CreateGrpcChannel());
        Health = new(HealthService.CreateGrpcChannel());
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
