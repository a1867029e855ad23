namespace CorporateParenting.ReadModels;

/// <summary>A rebuild as the admin endpoints show it.</summary>
/// <param name="Status">REQUESTED, RUNNING (also while it waits to resume after a break; see <paramref name="LastError"/>) or COMPLETED.</param>
/// <param name="StartedOn">The day the service learnt of what it read: the date its rules count from.</param>
public sealed record ReadModelRebuildView(
    Guid Id,
    string Trigger,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset? ChangedSince,
    string Status,
    DateTimeOffset? StartedAt,
    DateOnly? StartedOn,
    DateTimeOffset? CompletedAt,
    int ChildrenApplied,
    int ChildrenFailed,
    int Attempts,
    string? LastError)
{
    public static ReadModelRebuildView Of(ReadModelRebuildRow run) => new(
        run.Id, run.Trigger, run.RequestedBy, run.RequestedAt, run.ChangedSince, run.Status.ToString().ToUpperInvariant(),
        run.StartedAt, run.StartedOn, run.CompletedAt, run.ChildrenApplied, run.ChildrenFailed, run.Attempts, run.LastError);
}
