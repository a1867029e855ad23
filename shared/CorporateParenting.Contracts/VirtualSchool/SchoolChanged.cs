namespace CorporateParenting.Contracts.VirtualSchool;

/// <summary>
/// A pupil's main school changed: a new enrolment (single, or the main one of a dual registration) started at another
/// provision. A change of school needs a new PEP meeting (docs/virtual-school.md). <see cref="PreviousUrn"/> is null for
/// a first enrolment.
/// </summary>
public sealed record SchoolChanged(
    Guid PupilId,
    bool IsPlacedHere,
    string? PreviousUrn,
    string Urn,
    string SchoolName,
    DateOnly ChangedOn,
    DateTimeOffset OccurredAt);
