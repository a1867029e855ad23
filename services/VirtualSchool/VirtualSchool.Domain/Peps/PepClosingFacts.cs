namespace VirtualSchool.Domain.Peps;

/// <summary>
/// What is known about a pupil on <see cref="On"/> when deciding whether their open PEPs close (docs/virtual-school.md
/// §9.4): the date of birth; the period of care's end and its SSDA903 reason ceased (REC), when it has ended; whether
/// the child lives in another authority's area, which never closes anything.
/// </summary>
public sealed record PepClosingFacts(
    DateOnly DateOfBirth,
    DateOnly On,
    DateOnly? CareEndedOn = null,
    string? ReasonCeased = null,
    bool PlacedOutOfArea = false);
