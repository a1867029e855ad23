namespace CorporateParenting.Audit;

/// <summary>
/// One read or change of an individual child's record: who, what, when and under which trace. Written by the caller
/// without a lock; <see cref="AuditChain{TContext}"/> then gives it its place in the chain and links it to the row before
/// it by <see cref="PreviousHash"/>, so that an altered, removed or reordered row breaks the chain.
/// </summary>
public sealed class AuditRecord
{
    /// <summary>Assigned by the database in insert order, which is not commit order.</summary>
    public long Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }
    public required string Subject { get; init; }

    /// <summary>Comma-joined, sorted ordinally, so the same set of roles always hashes the same.</summary>
    public required string Roles { get; init; }

    /// <summary>ONS code of the partner authority the caller acted for, if any.</summary>
    public string? Authority { get; init; }

    public required string Action { get; init; }
    public required string RecordKind { get; init; }
    public Guid? ChildId { get; init; }
    public string? RecordId { get; init; }
    public string? TraceId { get; init; }
    /// <summary>The order of the chain, from 1; <see langword="null"/> until the row is chained.</summary>
    public long? ChainPosition { get; init; }

    public string? PreviousHash { get; init; }
    public string? Hash { get; init; }
}
