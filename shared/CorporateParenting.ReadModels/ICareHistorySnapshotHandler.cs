namespace CorporateParenting.ReadModels;

/// <summary>
/// What a service does with one child of Placements' register when it builds or rebuilds its read model: provided by the
/// service, called by <see cref="ReadModelRebuildRunner{TContext}"/> once per child inside the service's own transaction
/// (its scoped DbContext; the runner saves and commits after). It must be idempotent, and agree with the service's event
/// consumers whichever of them comes first: <see cref="CareHistorySnapshot.ChangedAt"/> against the events' <c>OccurredAt</c>.
/// </summary>
public interface ICareHistorySnapshotHandler
{
    Task ApplyAsync(CareHistorySnapshot snapshot, RebuildRun run, CancellationToken cancellationToken);
}
