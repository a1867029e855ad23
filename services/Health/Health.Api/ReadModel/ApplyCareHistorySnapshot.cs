using CorporateParenting.Audit;
using CorporateParenting.ReadModels;
using Health.Api.Commands;
using Health.Api.Consumers;
using Health.Api.Infrastructure;
using Health.Api.Infrastructure.Rows;
using Health.Domain;

namespace Health.Api.ReadModel;

/// <summary>
/// One child of Placements' register, read by a rebuild (first start or an admin's), applied to Health's copy as the
/// events would have been: the child and every period of care (newer wins, by the snapshot's version against the
/// <c>OccurredAt</c> of the events already applied), then the current period's first item as
/// <see cref="CareAlreadyUnderway"/> says, unless it has one. The rebuild runner calls it in a transaction of its own; the
/// child's row lock (<see cref="HealthChildren"/>) serialises it with the consumers of the same child, so a rebuild racing
/// <c>ChildEnteredCare</c> still leaves one item per period (docs/health.md §8).
/// </summary>
public sealed class ApplyCareHistorySnapshotHandler(
    HealthDbContext db, CareAlreadyUnderway rule, AssessmentPlanner planner, AssessmentCancellation cancellation, IAuditTrail audit)
    : ICareHistorySnapshotHandler
{
    public const string AuditAction = "CareHistorySnapshot applied";

    public async Task ApplyAsync(CareHistorySnapshot snapshot, RebuildRun run, CancellationToken cancellationToken)
    {
        if (snapshot.LatestPeriod is not { } latest)
        {
            return;
        }
        var placement = latest.LatestEpisode;
        var child = await HealthChildren.UpsertAsync(db, snapshot.ChildId, snapshot.GivenName, snapshot.FamilyName, snapshot.DateOfBirth,
            placement.PlacementAuthorityCode, placement.IsOutOfArea, snapshot.ChangedAt, cancellationToken);
        var isNewest = snapshot.ChangedAt >= child.UpdatedFrom;
        foreach (var known in snapshot.PeriodsOfCare)
        {
            var stored = await HealthChildren.PeriodAsync(db, child, known.PeriodOfCareId, cancellationToken);
            await ApplyAsync(stored, known, isNewest, cancellationToken);
        }

        if (snapshot.CurrentPeriod is not { } current
            || child.PeriodsOfCare.Single(p => p.Id == current.PeriodOfCareId) is not { EndedOn: null } period
            || await planner.HasFirstItemAsync(period.Id, cancellationToken)
            || rule.FirstItem(current.StartedOn, current.FirstEpisode.LegalStatus, period.EndedOn, run.StartedOn) is not { } item)
        {
            return;
        }
        var opened = planner.OpenFirst(child.Id, period.Id, item);
        await audit.RecordAsync(new AuditEntry(AuditAction, "health-assessment", child.Id, opened.Id.ToString()), cancellationToken);
    }

    /// <summary>
    /// A newer snapshot's start and short-breaks flag replace what the events left; an older one only fills what Health
    /// does not know yet. An end, once known, is never taken back (Placements never reopens a period); one Health learns
    /// of here closes the period as <c>ChildLeftCare</c> would, cancelling what is open in it.
    /// </summary>
    private async Task ApplyAsync(CarePeriodRow period, CarePeriodSnapshot known, bool isNewest, CancellationToken cancellationToken)
    {
        if (isNewest || period.StartedOn is null)
        {
            period.StartedOn = known.StartedOn;
            period.IsShortBreaks = CareAlreadyUnderway.IsShortBreaks(known.FirstEpisode.LegalStatus,
                known.Episodes.Skip(1).Where(e => e.BeganNewPlacement).Select(e => e.LegalStatus));
        }
        if (known.EndedOn is not { } endedOn || (period.EndedOn is not null && !isNewest))
        {
            return;
        }
        var learntOfTheEnd = period.EndedOn is null;
        period.EndedOn = endedOn;
        if (learntOfTheEnd)
        {
            await cancellation.CancelOpenAsync(a => a.PeriodOfCareId == period.Id, endedOn, ChildLeftCareConsumer.CancelledBecause,
                $"left-care:{period.Id}", AuditAction, cancellationToken);
        }
    }
}
