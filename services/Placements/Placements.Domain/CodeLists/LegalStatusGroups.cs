namespace Placements.Domain;

/// <summary>Groups of SSDA903 LS codes that rules and measures treat alike.</summary>
public static class LegalStatusGroups
{
    /// <summary>
    /// An agreed series of short-term breaks. DfE leaves these children out of the looked-after
    /// figures and every stability measure (docs/ssda903.md §5).
    /// </summary>
    public static readonly IReadOnlySet<string> ShortBreaks = new HashSet<string> { "V3", "V4" };
}
