namespace CorporateParenting.Contracts.Placements;

/// <summary>
/// A past record was corrected by an explicit command; history is kept. <see cref="Field"/> names what changed
/// (e.g. <c>date_of_birth</c>, <c>episode.placement_type</c>) so consumers can recompute what depends on it.
/// </summary>
public sealed record RecordCorrected(
    Guid ChildId,
    Guid? PeriodOfCareId,
    string Field,
    string? CorrectedFrom,
    string? CorrectedTo,
    string Reason,
    DateTimeOffset OccurredAt);
