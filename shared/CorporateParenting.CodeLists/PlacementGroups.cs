namespace CorporateParenting.CodeLists;

/// <summary>The broad placement groups DfE publishes the mix of children looked after in (docs/reference-figures.md §2).</summary>
public enum PlacementGroup
{
    Foster,
    ChildrensHome,
    SupportedAccommodation,
    WithParents,
    PlacedForAdoption,
    Other,
}

public static class PlacementGroups
{
    /// <summary>The group of an SSDA903 placement type (PLACE): U1–U6 foster, K2 children's home, K3 supported accommodation, P1 with parents, A3–A6 placed for adoption.</summary>
    public static PlacementGroup Of(string placementType) => placementType switch
    {
        "U1" or "U2" or "U3" or "U4" or "U5" or "U6" => PlacementGroup.Foster,
        "K2" => PlacementGroup.ChildrensHome,
        "K3" => PlacementGroup.SupportedAccommodation,
        "P1" => PlacementGroup.WithParents,
        "A3" or "A4" or "A5" or "A6" => PlacementGroup.PlacedForAdoption,
        _ => PlacementGroup.Other,
    };
}
