using CorporateParenting.Reporting;

namespace Placements.Domain;

/// <summary>Headline placement figures for one authority at one date (docs/ssda903.md §5).</summary>
public sealed record PlacementMeasures(
    int LookedAfter,
    int RatePer10000,
    int Entries,
    int Exits,
    IReadOnlyDictionary<string, int> ExitsByReason,
    IReadOnlyDictionary<string, int> PlacementTypes,
    Proportion PlacedOutsideOurArea,
    Proportion ThreeOrMorePlacements,
    Proportion LongTermStability,
    Proportion ThreeOrMoreSocialWorkers);
