namespace CorporateParenting.Contracts.Placements;

/// <summary>
/// A looked-after child moved to a new placement (a new SSDA903 episode with RNE P, T, B or U). Carries the host
/// authority and whether it is outside our area, so Health, the Virtual School and Notifications can act at once.
/// </summary>
/// <param name="IsEmergency">
/// The new placement was made in an emergency, as the case system said (false when it did not say): the host
/// authority's notice is then due within 5 working days of the start rather than before it (CPPCR reg 13).
/// </param>
public sealed record PlacementChanged(
    Guid ChildId,
    Guid PeriodOfCareId,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    DateOnly ChangedOn,
    string ReasonForNewEpisode,
    string? ReasonForChange,
    string PreviousPlacementType,
    string PlacementType,
    string? PlacementProvider,
    string? PlacementPostcode,
    string PlacementAuthorityCode,
    bool IsOutOfArea,
    string LegalStatus,
    DateTimeOffset OccurredAt,
    string? Upn = null,
    bool IsEmergency = false);
