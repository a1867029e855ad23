namespace Placements.Domain;

/// <summary>What the SSDA903 rules allow of the temporary placement types T0–T4 (docs/ssda903.md §2, temporary placements).</summary>
public static class TemporaryPlacements
{
    /// <summary>T3: while the usual foster carers are on holiday.</summary>
    public const string UsualCarersOnHoliday = "T3";

    /// <summary>How long a temporary placement of this type may last, and the rule that says so; null when no rule limits it.</summary>
    public static (int Days, string Rule)? LongestStay(string type) => type switch
    {
        "T1" => (42, "rule 375, six weeks in hospital"),
        "T3" => (21, "rule 376, three weeks"),
        "T4" => (7, "rule 379"),
        _ => null,
    };
}
