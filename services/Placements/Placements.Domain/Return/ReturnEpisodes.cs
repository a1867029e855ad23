using CorporateParenting.Reporting;

namespace Placements.Domain;

/// <summary>A child's episodes as one collection year's SSDA903 return holds them (docs/ssda903.md §7).</summary>
public static class ReturnEpisodes
{
    /// <summary>
    /// The episodes open at any time in the year, oldest first: DECOM on or before 31 March, and DEC blank or on or after
    /// 1 April (the validator's test, rule 1014). One still open on 31 March is written as open: without DEC, REC or a
    /// reason for placement change (rule 233), as last year's return wrote it (rules 502, 503).
    /// </summary>
    public static IReadOnlyList<Episode> In(IEnumerable<Episode> episodes, CollectionYear year) =>
        episodes
            .Where(e => e.Start <= year.End && (e.End is null || e.End >= year.Start))
            .OrderBy(e => e.Start)
            .Select(e => e.End > year.End ? e with { End = null, ReasonCeased = null, ReasonForPlacementChange = null } : e)
            .ToList();

    /// <summary>
    /// The missing episodes of the year's Missing table: started by 31 March and not ended before 1 April; one still open on
    /// 31 March is written open (rules 570, 571).
    /// </summary>
    public static IReadOnlyList<MissingEpisode> MissingIn(IEnumerable<MissingEpisode> episodes, CollectionYear year) =>
        episodes
            .Where(e => e.Start <= year.End && (e.End is null || e.End >= year.Start))
            .OrderBy(e => e.Start)
            .Select(e => e.End > year.End ? e with { End = null } : e)
            .ToList();
}
