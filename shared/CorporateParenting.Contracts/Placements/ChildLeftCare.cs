namespace CorporateParenting.Contracts.Placements;

/// <summary>
/// A period of care ended (DEC) for the reason given by the SSDA903 REC code. Leaving Care needs the date of birth
/// and the days looked after to judge eligibility without calling back.
/// </summary>
public sealed record ChildLeftCare(
    Guid ChildId,
    Guid PeriodOfCareId,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    DateOnly EnteredCareOn,
    DateOnly LeftCareOn,
    string ReasonCeased,
    DateTimeOffset OccurredAt);
