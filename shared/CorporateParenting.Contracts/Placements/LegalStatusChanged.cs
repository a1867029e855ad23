namespace CorporateParenting.Contracts.Placements;

/// <summary>A looked-after child's legal status changed (a new SSDA903 episode with RNE L, B or U).</summary>
public sealed record LegalStatusChanged(
    Guid ChildId,
    Guid PeriodOfCareId,
    DateOnly DateOfBirth,
    DateOnly ChangedOn,
    string PreviousLegalStatus,
    string LegalStatus,
    DateTimeOffset OccurredAt);
