namespace CorporateParenting.Contracts.VirtualSchool;

/// <summary>A pupil was marked with an unauthorised absence code for a session (docs/virtual-school.md §7). Published once per pupil, day and session.</summary>
public sealed record UnauthorisedAbsenceMarked(
    Guid PupilId,
    bool IsPlacedHere,
    string? Urn,
    DateOnly Date,
    string Session,
    string Code,
    DateTimeOffset OccurredAt);
