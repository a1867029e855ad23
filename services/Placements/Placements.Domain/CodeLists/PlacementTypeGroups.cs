namespace Placements.Domain;

/// <summary>Groups of SSDA903 PLACE codes that rules and measures treat alike (2025-26 list).</summary>
public static class PlacementTypeGroups
{
    public const string WithOwnParents = "P1";

    public static readonly IReadOnlySet<string> PlacedForAdoption = new HashSet<string> { "A3", "A4", "A5", "A6" };

    /// <summary>A5 and A6: placed for adoption under a placement order (rule 408).</summary>
    public static readonly IReadOnlySet<string> PlacedForAdoptionUnderPlacementOrder = new HashSet<string> { "A5", "A6" };

    /// <summary>A3 and A5: placed for adoption with the child's current foster carers (rule 217).</summary>
    public static readonly IReadOnlySet<string> PlacedForAdoptionWithFosterCarers = new HashSet<string> { "A3", "A5" };

    /// <summary>Rule 217 applies to A3 and A5 episodes that start on or after 1 April 2015.</summary>
    public static readonly DateOnly AdoptionByFosterCarersRecordedFrom = new(2015, 4, 1);

    /// <summary>No provider code is recorded for these (rules 178 and 213, 2025-26).</summary>
    public static readonly IReadOnlySet<string> WithoutProvider = new HashSet<string>
    {
        "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14",
    };

    /// <summary>
    /// Not settings Ofsted registers, so no URN is recorded (rule 222); every other type needs one
    /// when the placement is in England (rule 218). See docs/ssda903.md §2, URN.
    /// </summary>
    public static readonly IReadOnlySet<string> WithoutUrn = new HashSet<string>
    {
        "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14",
    };

    /// <summary>Neither own-authority nor other-authority provision is possible here (rules 527 and 528).</summary>
    public static readonly IReadOnlySet<string> NotProvidedByAnAuthority = new HashSet<string> { "P1", "R2", "R5" };

    /// <summary>U1–U6: foster placements, where a special guardianship order to former foster carers (E45, E46) ends (rule 516).</summary>
    public static readonly IReadOnlySet<string> Foster = new HashSet<string> { "U1", "U2", "U3", "U4", "U5", "U6" };

    /// <summary>
    /// The youngest a child may be on the day such a placement begins, and the rule that says so: K3 supported
    /// accommodation 16 (rule 371), R5 youth custody 10 (372), S1 a school 4 (373), P3 residential employment 14 (374).
    /// </summary>
    public static (int Age, string Rule)? YoungestAge(string type) => type switch
    {
        "K3" => (16, "371"),
        "R5" => (10, "372"),
        "S1" => (4, "373"),
        "P3" => (14, "374"),
        _ => null,
    };
}
