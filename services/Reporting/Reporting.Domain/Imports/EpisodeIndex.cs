using CorporateParenting.Reporting;

namespace Reporting.Domain.Imports;

/// <summary>
/// What the year's episodes ask of the case system's PrevPerm and PlacedAdoption tables, noted as the Episodes table is
/// written (docs/ssda903.md §7.5): a child who started to be looked after in the year needs its previous permanence
/// option (rule 630); a child placed for adoption (A3–A6) needs the date of the decision to place it (551), and so does a
/// child under a placement order (E1, 553), whose decision may not have ceased while the order's episode is open.
/// </summary>
public sealed class EpisodeIndex(CollectionYear year)
{
    private static readonly HashSet<string> PlacedForAdoptionTypes = ["A3", "A4", "A5", "A6"];

    private readonly Dictionary<string, DateOnly> _startedInYear = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly> _placedForAdoption = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly> _placementOrders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _openPlacementOrders = new(StringComparer.Ordinal);

    /// <summary>The children who started to be looked after in the year, with the day each first did.</summary>
    public IReadOnlyDictionary<string, DateOnly> StartedInYear => _startedInYear;

    /// <summary>The children placed for adoption (A3–A6) in an episode of the year, with its DECOM.</summary>
    public IReadOnlyDictionary<string, DateOnly> PlacedForAdoption => _placedForAdoption;

    /// <summary>The children with a placement order (E1) in an episode of the year, with its DECOM.</summary>
    public IReadOnlyDictionary<string, DateOnly> PlacementOrders => _placementOrders;

    /// <summary>Notes one of <paramref name="child"/>'s episodes in the year, as the Episodes table gives it.</summary>
    public void Add(string child, DateOnly start, string reasonForNewEpisode, string legalStatus, string placementType, DateOnly? end)
    {
        if (reasonForNewEpisode == "S" && start >= year.Start)
        {
            _startedInYear.TryAdd(child, start);
        }
        if (PlacedForAdoptionTypes.Contains(placementType))
        {
            _placedForAdoption.TryAdd(child, start);
        }
        if (legalStatus == "E1")
        {
            _placementOrders.TryAdd(child, start);
            if (end is null)
            {
                _openPlacementOrders.Add(child);
            }
        }
    }

    /// <summary>Whether <paramref name="child"/>'s episode under a placement order is still open on 31 March.</summary>
    public bool HasOpenPlacementOrder(string child) => _openPlacementOrders.Contains(child);
}
