using CorporateParenting.AppHost.Model;
using CorporateParenting.ServiceDefaults.Security;
using Grpc.Core;
using Grpc.Net.Client;
using Placements.Synthetic;
using PlacementsClient = CorporateParenting.Placements.V1.Placements.PlacementsClient;

namespace CorporateParenting.AppHost.Orchestration;

/// <summary>
/// Demo data: a Derby-sized synthetic cohort (560 children with their histories) recorded through Placements' public
/// gRPC API exactly as a case system would. The cohort is fixed (seed and as-at date), and every command has a fixed
/// client request id, so loading it again changes nothing; a marker file skips the reload on later starts.
/// </summary>
public static class DemoData
{
    public const int Children = 560;
    private const int Seed = 831; // Derby's DfE LA number
    private static readonly DateOnly AsAt = new(2026, 11, 1);

    public static async Task LoadAsync(ProjectResource placements, string signingKey, string dataDirectory, ResourceLog log, CancellationToken cancellationToken)
    {
        var marker = Path.Combine(dataDirectory, $"demo-data-{Seed}-{Children}.loaded");
        if (File.Exists(marker))
        {
            log.Info($"Demo data: already loaded ({Children} synthetic children); delete {marker} to load it again.");
            return;
        }

        var cohort = CohortGenerator.Generate(new CohortOptions { Seed = Seed, Children = Children, AsAt = AsAt });
        var token = DevelopmentTokens.Create(signingKey, "apphost-demo-data", [Roles.CaseSystem]);
        using var channel = GrpcChannel.ForAddress(placements.GrpcEndpoint!.Url);
        var driver = new CohortDriver(new PlacementsClient(channel), new Metadata { { "Authorization", $"Bearer {token}" } });
        log.Info($"Demo data: recording {cohort.Children.Count} synthetic children ({cohort.CommandCount} commands) through Placements' gRPC API…");

        var result = await driver.RunAsync(cohort, parallelism: 8, cancellationToken);

        foreach (var failure in result.Failures.Take(5))
        {
            log.Info($"Demo data: {failure.CaseReference} stopped at {failure.Kind}: {failure.Status} {failure.Detail}");
        }
        log.Info($"Demo data: {result.ChildrenCompleted} of {result.Children} children, {result.CommandsAccepted} commands accepted in {result.Elapsed.TotalSeconds:0.0} s.");
        if (result.Failures.Count == 0)
        {
            Directory.CreateDirectory(dataDirectory);
            await File.WriteAllTextAsync(marker, DateTimeOffset.UtcNow.ToString("O"), cancellationToken);
        }
    }
}
