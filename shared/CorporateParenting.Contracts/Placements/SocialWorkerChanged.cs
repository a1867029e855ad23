namespace CorporateParenting.Contracts.Placements;

/// <summary>A social worker was allocated to a child from a date; the previous allocation, if any, ended the day before.</summary>
public sealed record SocialWorkerChanged(
    Guid ChildId,
    string SocialWorkerId,
    string SocialWorkerName,
    DateOnly AllocatedOn,
    string? PreviousSocialWorkerId,
    DateTimeOffset OccurredAt);
