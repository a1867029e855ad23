using Placements.Domain;

namespace Placements.Api.Infrastructure;

/// <summary>
/// Moves a child's care history between its stored rows and the <see cref="CareHistory"/> aggregate that guards
/// the SSDA903 rules: stored episodes are replayed through the aggregate, and its episodes written back.
/// </summary>
public static class CareHistoryStore
{
    public static CareHistory Rehydrate(ChildRow child, string ourAuthorityCode) =>
        CareHistory.Replay(child.DateOfBirth, ourAuthorityCode, child.PeriodsOfCare.OrderBy(p => p.StartedOn).Select(EpisodesOf));

    /// <summary>Writes the aggregate's periods and episodes onto the stored rows: existing rows updated, new rows added.</summary>
    public static void Store(CareHistory history, ChildRow child)
    {
        // A correction may move a period's start, never its place among the others: rows are matched by position.
        var storedPeriods = child.PeriodsOfCare.OrderBy(p => p.StartedOn).ToList();
        for (var index = 0; index < history.Periods.Count; index++)
        {
            var period = history.Periods[index];
            var stored = index < storedPeriods.Count ? storedPeriods[index] : null;
            if (stored is null)
            {
                stored = new PeriodOfCareRow { Id = Guid.CreateVersion7(), ChildId = child.Id, StartedOn = period.Start };
                child.PeriodsOfCare.Add(stored);
            }
            stored.StartedOn = period.Start;
            stored.EndedOn = period.End;
            stored.ReasonCeased = period.ReasonCeased;
            for (var sequence = 0; sequence < period.Episodes.Count; sequence++)
            {
                var episode = period.Episodes[sequence];
                var row = stored.Episodes.SingleOrDefault(e => e.Sequence == sequence);
                if (row is null)
                {
                    stored.Episodes.Add(NewRow(stored.Id, sequence, episode));
                    continue;
                }
                // An episode's RNE never changes, nor whether its placement was an emergency; its end and reasons can, and by
                // correction its start and codes.
                row.StartsOn = episode.Start;
                row.EndsOn = episode.End;
                row.ReasonForPlacementChange = episode.ReasonForPlacementChange;
                row.ReasonCeased = episode.ReasonCeased;
                row.LegalStatus = episode.LegalStatus;
                row.CategoryOfNeed = episode.CategoryOfNeed;
                row.PlacementType = episode.Placement.Type;
                row.PlacementProvider = episode.Placement.Provider;
                row.ProviderUrn = episode.Placement.ProviderUrn;
                row.PlacementPostcode = episode.Placement.Postcode;
                row.PlacementAuthorityCode = episode.Placement.AuthorityCode;
                row.IsOutOfArea = episode.IsOutOfArea;
            }
        }
    }

    /// <summary>The child's latest period of care, the one a command changed unless it corrected the past.</summary>
    public static PeriodOfCareRow LatestPeriod(ChildRow child) =>
        child.PeriodsOfCare.MaxBy(p => p.StartedOn)
        ?? throw new CareRuleViolation("The child has never been looked after by us; record an entry to care first.");

    /// <summary>Every episode of every period, oldest first, as stored (without replaying the rules).</summary>
    public static IEnumerable<Episode> Episodes(ChildRow child) =>
        child.PeriodsOfCare.OrderBy(p => p.StartedOn).SelectMany(EpisodesOf);

    private static IReadOnlyList<Episode> EpisodesOf(PeriodOfCareRow period)
    {
        var episodes = period.Episodes.OrderBy(e => e.Sequence).Select(e => new Episode(
            e.StartsOn, e.ReasonForNewEpisode, e.LegalStatus, e.CategoryOfNeed, PlacementOf(e), e.IsOutOfArea, e.ReasonForPlacementChange, e.EndsOn, e.ReasonCeased,
            e.IsEmergency))
            .ToList();
        episodes[^1] = episodes[^1] with { End = period.EndedOn, ReasonCeased = period.ReasonCeased };
        return episodes;
    }

    private static Placement PlacementOf(EpisodeRow e) =>
        new(e.PlacementType, e.PlacementProvider, e.ProviderUrn, e.PlacementPostcode, e.PlacementAuthorityCode);

    private static EpisodeRow NewRow(Guid periodOfCareId, int sequence, Episode episode) => new()
    {
        Id = Guid.CreateVersion7(),
        PeriodOfCareId = periodOfCareId,
        Sequence = sequence,
        StartsOn = episode.Start,
        EndsOn = episode.End,
        ReasonForNewEpisode = episode.ReasonForNewEpisode,
        LegalStatus = episode.LegalStatus,
        CategoryOfNeed = episode.CategoryOfNeed,
        PlacementType = episode.Placement.Type,
        PlacementProvider = episode.Placement.Provider,
        ProviderUrn = episode.Placement.ProviderUrn,
        PlacementPostcode = episode.Placement.Postcode,
        PlacementAuthorityCode = episode.Placement.AuthorityCode,
        IsOutOfArea = episode.IsOutOfArea,
        ReasonForPlacementChange = episode.ReasonForPlacementChange,
        ReasonCeased = episode.ReasonCeased,
        IsEmergency = episode.IsEmergency,
    };
}
