namespace Placements.Domain;

/// <summary>SSDA903 PLACE_PROVIDER (docs/ssda903.md §2).</summary>
public static class PlacementProvider
{
    public const string ParentWithResponsibility = "PR0";
    public const string OwnAuthority = "PR1";
    public const string OtherAuthority = "PR2";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { "PR0", "PR1", "PR2", "PR3", "PR4", "PR5" };
}
