namespace Placements.Domain;

/// <summary>SSDA903 REASON_PLACE_CHANGE: why a placement ended (docs/ssda903.md §2).</summary>
public static class ReasonForPlacementChange
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        "CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER",
    };
}
