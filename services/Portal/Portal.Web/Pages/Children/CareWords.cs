using CorporateParenting.CodeLists;

namespace Portal.Web.Pages.Children;

/// <summary>The SSDA903 codes of a child's care in the words staff use (the DfE's guidance to the children looked after return).</summary>
public static class CareWords
{
    public static string LegalStatus(string code) => code switch
    {
        "C1" => "Interim care order",
        "C2" => "Full care order",
        "D1" => "Freeing order",
        "E1" => "Placement order",
        "V2" => "Accommodated under section 20",
        "V3" or "V4" => "Short breaks under section 20",
        "L1" => "Police protection",
        "L2" => "Emergency protection order",
        "L3" => "Child assessment order",
        "J1" or "J2" or "J3" => "Youth justice legal status",
        _ => code,
    } + $" ({code})";

    public static string Placement(string type) => PlacementGroups.Of(type) switch
    {
        PlacementGroup.Foster => "foster care",
        PlacementGroup.ChildrensHome => "a children's home",
        PlacementGroup.SupportedAccommodation => "supported accommodation",
        PlacementGroup.WithParents => "placed with parents",
        PlacementGroup.PlacedForAdoption => "placed for adoption",
        _ => "another placement",
    } + $" ({type})";

    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
