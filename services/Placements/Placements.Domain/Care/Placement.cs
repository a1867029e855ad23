namespace Placements.Domain;

/// <summary>
/// Where and with whom the child lives: PLACE, PLACE_PROVIDER, the provider's Ofsted URN, the
/// placement postcode (PL_POST) and the ONS code of the authority the placement is in.
/// </summary>
public sealed record Placement(
    string Type,
    string? Provider,
    string? ProviderUrn,
    string? Postcode,
    string AuthorityCode)
{
    public bool IsTemporary => CorporateParenting.CodeLists.Ssda903Codes.TemporaryPlacement.Contains(Type);

    public bool IsPlacedForAdoption => PlacementTypeGroups.PlacedForAdoption.Contains(Type);
}
