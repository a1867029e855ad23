using CorporateParenting.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using CorporateParenting.DemoData.Health;
using CorporateParenting.DemoData.LeavingCare;
using CorporateParenting.DemoData.Notifications;
using CorporateParenting.DemoData.Reporting;
using CorporateParenting.DemoData.VirtualSchool;
using Placements.Synthetic;
using PlacementsClient = CorporateParenting.Placements.V1.Placements.PlacementsClient;

namespace CorporateParenting.DemoData;

/// <summary>
/// A Derby-sized synthetic cohort (by default 560 children with their histories) recorded through Placements' public gRPC API
/// exactly as a case system would. The cohort is fixed (seed and as-at date) and every command has a fixed client
/// request id, so loading it again changes nothing; a marker file skips the reload on later starts. The Virtual School's
/// schools, enrolments and marks follow (<see cref="DemoVirtualSchool"/>), once its pupils have arrived from Placements' events,
/// then Leaving Care's advisers, plans and contacts (<see cref="DemoLeavingCare"/>), then the SDQs the OC2 return needs
/// (<see cref="DemoHealth"/>), then the notices to host authorities (<see cref="DemoNotifications"/>), then the case
/// system's own tables the return needs (<see cref="DemoReporting"/>).
/// </summary>
public sealed class DemoCohort(
    PlacementsClient placements, DemoVirtualSchool virtualSchool, DemoLeavingCare leavingCare, DemoHealth health, DemoNotifications notifications,
    DemoReporting reporting, DemoDataOptions options, ILogger<DemoCohort> logger)
{
    private const int Seed = 831; // Derby's DfE LA number
    private static readonly DateOnly AsAt = new(2026, 11, 1);

    public async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var marker = Path.Combine(options.MarkerDirectory, $"demo-data-{Seed}-{options.Children}.loaded");
        if (File.Exists(marker))
        {
            logger.LogInformation("Already loaded ({Children} synthetic children); delete {Marker} to load again.", options.Children, marker);
            return true;
        }

        var cohort = CohortGenerator.Generate(new CohortOptions { Seed = Seed, Children = options.Children, AsAt = AsAt });
        var token = DevelopmentTokens.Create(options.SigningKey, "apphost-demo-data", [Roles.CaseSystem]);
        var driver = new CohortDriver(placements, new Metadata { { "Authorization", $"Bearer {token}" } });
        logger.LogInformation("Recording {Children} synthetic children ({Commands} commands) through Placements' gRPC API…",
            cohort.Children.Count, cohort.CommandCount);

        var result = await driver.RunAsync(cohort, parallelism: 8, cancellationToken);

        foreach (var failure in result.Failures.Take(5))
        {
            logger.LogWarning("{CaseReference} stopped at {Kind}: {Status} {Detail}", failure.CaseReference, failure.Kind, failure.Status, failure.Detail);
        }
        logger.LogInformation("{Completed} of {Children} children, {Accepted} commands accepted in {Seconds:0.0} s.",
            result.ChildrenCompleted, result.Children, result.CommandsAccepted, result.Elapsed.TotalSeconds);
        if (result.Failures.Count > 0)
        {
            return false;
        }
        await virtualSchool.LoadAsync(cohort.Children.Count(c => c.Facts.IsLookedAfterAtAsAt), new DemoAttendanceOptions { Seed = Seed }, cancellationToken);
        await leavingCare.LoadAsync(
            DateOnly.FromDateTime(DateTime.UtcNow), expectsYoungPeople: cohort.Children.Count(c => c.Facts.AgeAtAsAt >= 16) >= 10, cancellationToken);
        // The nurse's token also reads the OC2 rows, to find whose SDQ the return still needs.
        var nurse = DevelopmentTokens.Create(options.SigningKey, "apphost-demo-data", [Roles.Health, Roles.Performance]);
        await health.LoadAsync(DateOnly.FromDateTime(DateTime.UtcNow), new Metadata { { "Authorization", $"Bearer {nurse}" } }, cancellationToken);
        await notifications.LoadAsync(DateOnly.FromDateTime(DateTime.UtcNow), cancellationToken);
        await reporting.LoadAsync(DateOnly.FromDateTime(DateTime.UtcNow), cancellationToken);
        Directory.CreateDirectory(options.MarkerDirectory);
        await File.WriteAllTextAsync(marker, DateTimeOffset.UtcNow.ToString("O"), cancellationToken);
        return true;
    }
}
