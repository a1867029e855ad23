namespace Placements.Api.Queries;

/// <summary>A child in a register listing, with the codes of the episode that held on the listing's date.</summary>
public sealed record ChildOnDate(
    Guid ChildId,
    string CaseReference,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    string Sex,
    DateOnly LookedAfterSince,
    string LegalStatus,
    string PlacementType,
    string PlacementAuthorityCode,
    bool IsOutOfArea);
