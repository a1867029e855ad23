namespace CorporateParenting.ReadModels;

/// <summary>
/// One rebuild of a service's read model from Placements' register, in the service's own <c>read_model_rebuilds</c>
/// table: requested on first start (once: the row says it was) or by an admin, run by one instance at a time, resumed
/// after the last child applied if it breaks, and kept with its counts once completed.
/// </summary>
public sealed class ReadModelRebuildRow
{
    public const string FirstStart = "first-start";
    public const string Admin = "admin";

    public Guid Id { get; init; }

    /// <summary><see cref="FirstStart"/> (at most one row, ever) or <see cref="Admin"/>.</summary>
    public required string Trigger { get; init; }

    /// <summary>The admin who asked (the token's subject), or <c>system:&lt;service&gt;</c> on first start.</summary>
    public required string RequestedBy { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>Only children changed in Placements after this instant; null for every child.</summary>
    public DateTimeOffset? ChangedSince { get; init; }

    public ReadModelRebuildStatus Status { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>The day the run began, by the service clock: the day the service learns of the children it reads.</summary>
    public DateOnly? StartedOn { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The last child applied: a broken run resumes after it.</summary>
    public Guid? ResumeAfterChildId { get; set; }

    public int ChildrenApplied { get; set; }

    /// <summary>Children the service's handler refused (logged with their ChildId); the run goes on without them.</summary>
    public int ChildrenFailed { get; set; }

    /// <summary>How many times the run was started; more than one when Placements or the database was away.</summary>
    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
