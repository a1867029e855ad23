namespace Placements.Domain;

/// <summary>SSDA903 RNE: why a new episode started (docs/ssda903.md §2).</summary>
public static class ReasonForNewEpisode
{
    public const string StartedToBeLookedAfter = "S";
    public const string LegalStatusOnly = "L";
    public const string PlacementAndCarers = "P";
    public const string PlacementSameCarers = "T";
    public const string LegalStatusPlacementAndCarers = "B";
    public const string LegalStatusAndPlacementSameCarers = "U";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { "S", "L", "P", "T", "B", "U" };

    /// <summary>Episodes that begin a placement (docs/ssda903.md §5: RNE in {S, P, B, T, U}).</summary>
    public static readonly IReadOnlySet<string> StartsPlacement = new HashSet<string> { "S", "P", "B", "T", "U" };

    /// <summary>Episodes that begin living with different carers; T, U and L keep the same carers.</summary>
    public static readonly IReadOnlySet<string> StartsWithNewCarers = new HashSet<string> { "S", "P", "B" };

    /// <summary>How an A3 or A5 episode may begin: entering care, or a new placement with the same carers (rule 217).</summary>
    public static readonly IReadOnlySet<string> StartsAdoptionByFosterCarers = new HashSet<string> { "S", "T", "U" };
}
