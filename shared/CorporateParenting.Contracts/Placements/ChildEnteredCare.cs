namespace CorporateParenting.Contracts.Placements;

/// <summary>
/// A child started a period of care with us. Carries everything a team needs to open its own
/// work (names for worklists, date of birth for age rules, the first placement, the UPN the Virtual School's feeds
/// match on) without calling back.
/// </summary>
/// <param name="IsEmergency">
/// The first placement was made in an emergency, as the case system said (false when it did not say): the host
/// authority's notice is then due within 5 working days of the start rather than before it (CPPCR reg 13).
/// </param>
public sealed record ChildEnteredCare(
    Guid ChildId,
    Guid PeriodOfCareId,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    DateOnly EnteredCareOn,
    string LegalStatus,
    string CategoryOfNeed,
    string PlacementType,
    string PlacementAuthorityCode,
    bool IsOutOfArea,
    DateTimeOffset OccurredAt,
    string? Upn = null,
    bool IsEmergency = false);
