using CorporateParenting.Reporting;

namespace Reporting.Domain.Imports;

/// <summary>
/// What the year's episodes tell the rules on the case system's tables, noted as the Episodes table is written
/// (docs/ssda903.md §7.5): for each child, the few dates and codes of its episodes those rules compare with, rather than
/// the episodes themselves, so the index stays a small record a child however many episodes the year holds.
/// </summary>
public sealed class EpisodeIndex(CollectionYear year)
{
    private readonly Dictionary<string, ChildEpisodes> _children = new(StringComparer.Ordinal);

    public CollectionYear Year => year;

    /// <summary>The children who started to be looked after in the year, with the day each first did.</summary>
    public IEnumerable<KeyValuePair<string, DateOnly>> StartedInYear => Having(c => c.StartedInYear);

    /// <summary>The children placed for adoption (A3–A6) in an episode of the year, with its DECOM.</summary>
    public IEnumerable<KeyValuePair<string, DateOnly>> PlacedForAdoption => Having(c => c.FirstPlacedForAdoption);

    /// <summary>The children with a placement order (E1) in an episode of the year, with its DECOM.</summary>
    public IEnumerable<KeyValuePair<string, DateOnly>> PlacementOrders => Having(c => c.FirstPlacementOrder);

    /// <summary>The children with a freeing order (D1) in an episode of the year, with its DECOM.</summary>
    public IEnumerable<KeyValuePair<string, DateOnly>> FreeingOrders => Having(c => c.FirstFreeingOrder);

    /// <summary>The children who left care in the year from a placement for adoption or a placement order, not adopted, with the day.</summary>
    public IEnumerable<KeyValuePair<string, DateOnly>> LeftCareNotAdopted => Having(c => c.LeftCareNotAdopted);

    /// <summary>The children adopted in the year (REC E11 or E12, DEC within it), with the day.</summary>
    public IEnumerable<KeyValuePair<string, DateOnly>> AdoptedInYear => Having(c => c.AdoptedInYear);

    /// <summary>What <paramref name="child"/>'s episodes of the year tell, or <see langword="null"/> when it has none.</summary>
    public ChildEpisodes? Of(string child) => _children.GetValueOrDefault(child);

    /// <summary>Notes one of <paramref name="child"/>'s episodes in the year, as the Episodes table gives it.</summary>
    public void Add(string child, DateOnly start, string reasonForNewEpisode, string legalStatus, string placementType, DateOnly? end, string reasonEpisodeCeased = "")
    {
        if (!_children.TryGetValue(child, out var episodes))
        {
            _children[child] = episodes = new ChildEpisodes(year);
        }
        episodes.Add(start, reasonForNewEpisode, legalStatus, placementType, end, reasonEpisodeCeased);
    }

    private IEnumerable<KeyValuePair<string, DateOnly>> Having(Func<ChildEpisodes, DateOnly?> day) =>
        _children.Where(c => day(c.Value) is not null).Select(c => KeyValuePair.Create(c.Key, day(c.Value)!.Value));
}
