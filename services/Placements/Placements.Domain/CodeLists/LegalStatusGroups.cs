namespace Placements.Domain;

/// <summary>Groups of SSDA903 LS codes that rules and measures treat alike.</summary>
public static class LegalStatusGroups
{
    public const string PlacementOrder = "E1";

    /// <summary>V2: a single period of accommodation under section 20 of the Children Act 1989.</summary>
    public const string SinglePeriodOfAccommodation = "V2";

    /// <summary>
    /// An agreed series of short-term breaks. DfE leaves these children out of the looked-after
    /// figures and every stability measure (docs/ssda903.md §5).
    /// </summary>
    public static readonly IReadOnlySet<string> ShortBreaks = new HashSet<string> { "V3", "V4" };
}
