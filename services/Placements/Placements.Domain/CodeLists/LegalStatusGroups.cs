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

    /// <summary>J1–J3: remanded or detained; a child under 10 cannot be (rule 358).</summary>
    public static readonly IReadOnlySet<string> YouthJustice = new HashSet<string> { "J1", "J2", "J3" };

    /// <summary>
    /// How long a short-term order may last, and the rule that says so (L1 police protection 72 hours, L2 emergency
    /// protection order, L3 child assessment order, J2 detained under PACE); null when no rule limits it.
    /// </summary>
    public static (int Days, string Rule)? LongestSpell(string legalStatus) => legalStatus switch
    {
        "L1" => (3, "361"),
        "L2" => (21, "362"),
        "L3" => (7, "363"),
        "J2" => (21, "364"),
        _ => null,
    };
}
