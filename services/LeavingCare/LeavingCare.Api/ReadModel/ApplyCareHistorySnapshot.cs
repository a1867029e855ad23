using CorporateParenting.Calendar;
using CorporateParenting.ReadModels;
using LeavingCare.Api.Commands;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain.Status;

namespace LeavingCare.Api.ReadModel;

/// <summary>
/// One child of Placements' register, read by a rebuild (the first start, or an admin's), so that the hundreds who left
/// care before go-live have their history and category (docs/leaving-care.md §2.3). The snapshot's periods and episodes
/// become the same facts the events give; a snapshot no older than every fact held replaces them (it includes every
/// correction), an older one only adds what is newer than what the events gave. The row lock serialises it with the
/// consumers of the same child, and the category is evaluated at once.
/// </summary>
public sealed class ApplyCareHistorySnapshotHandler(LeavingCareDbContext db, TimeProvider clock) : ICareHistorySnapshotHandler
{
    public async Task ApplyAsync(CareHistorySnapshot snapshot, RebuildRun run, CancellationToken cancellationToken)
    {
        var person = await YoungPeople.LockAsync(db, snapshot.ChildId, snapshot.GivenName, snapshot.FamilyName, snapshot.DateOfBirth,
            clock.GetUtcNow(), cancellationToken);
        var held = CareChangesJson.Read(person.Changes);
        var facts = Facts(snapshot);
        if (held.Count == 0 || held.Max(c => c.OccurredAt) <= snapshot.ChangedAt)
        {
            (person.GivenName, person.FamilyName, person.DateOfBirth) = (snapshot.GivenName, snapshot.FamilyName, snapshot.DateOfBirth);
            held = [];
        }

        person.Changes = CareChangesJson.Write(facts.Aggregate(held, CareTimeline.With));
        CareLeaverStatusEvaluation.Evaluate(db, person, clock.Today(), CareLeaverStatusEvaluation.ByRebuild, clock.GetUtcNow());
    }

    /// <summary>Each episode's start under its legal status, and each ended period's end with its reason, as of the snapshot.</summary>
    private static IEnumerable<CareChange> Facts(CareHistorySnapshot snapshot) =>
        snapshot.PeriodsOfCare.SelectMany(period => period.Episodes
            .Select(e => CareChange.Began(period.PeriodOfCareId, e.StartsOn, e.LegalStatus, snapshot.ChangedAt, e.PlacementType))
            .Concat(period.EndedOn is { } ended
                ? [CareChange.Ended(period.PeriodOfCareId, ended, period.ReasonCeased ?? "not known", snapshot.ChangedAt)]
                : []));
}
