using Placements.Api.Model;
using Placements.Domain;
using DomainEpisode = Placements.Domain.Episode;

namespace Placements.Api.Application;

/// <summary>
/// Moves a child's care history between its stored rows and the <see cref="CareHistory"/> aggregate that guards
/// the SSDA903 rules: stored episodes are replayed through the aggregate, and its episodes written back.
/// </summary>
public static class CareHistoryStore
{
    public static CareHistory Rehydrate(Child child, string ourAuthorityCode)
    {
        var history = new CareHistory(child.DateOfBirth, ourAuthorityCode);
        foreach (var period in child.PeriodsOfCare.OrderBy(p => p.StartedOn))
        {
            var episodes = period.Episodes.OrderBy(e => e.Sequence).ToList();
            history.EnterCare(episodes[0].StartsOn, episodes[0].LegalStatus, episodes[0].CategoryOfNeed, PlacementOf(episodes[0]));
            for (var i = 1; i < episodes.Count; i++)
            {
                Replay(history, episodes[i], reasonForChange: episodes[i - 1].ReasonForPlacementChange);
            }
            if (period.EndedOn is { } endedOn)
            {
                history.EndCare(endedOn, period.ReasonCeased!);
            }
        }
        return history;
    }

    /// <summary>Writes the aggregate's periods and episodes onto the stored rows: existing rows updated, new rows added.</summary>
    public static void Store(CareHistory history, Child child)
    {
        foreach (var period in history.Periods)
        {
            var stored = child.PeriodsOfCare.SingleOrDefault(p => p.StartedOn == period.Start);
            if (stored is null)
            {
                stored = new Model.PeriodOfCare { Id = Guid.CreateVersion7(), ChildId = child.Id, StartedOn = period.Start };
                child.PeriodsOfCare.Add(stored);
            }
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
                // An episode's start and RNE never change; its end, reasons and (by correction) codes can.
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

    private static void Replay(CareHistory history, EpisodeRecord episode, string? reasonForChange)
    {
        switch (episode.ReasonForNewEpisode)
        {
            case "P" or "T":
                history.ChangePlacement(episode.StartsOn, PlacementOf(episode), reasonForChange, CarersOf(episode));
                break;
            case "L":
                history.ChangeLegalStatus(episode.StartsOn, episode.LegalStatus);
                break;
            case "B" or "U":
                history.ChangeLegalStatusAndPlacement(episode.StartsOn, episode.LegalStatus, PlacementOf(episode), reasonForChange, CarersOf(episode));
                break;
            default:
                throw new InvalidOperationException($"Stored episode {episode.Id} has RNE '{episode.ReasonForNewEpisode}', which cannot follow another episode.");
        }
    }

    private static Carers CarersOf(EpisodeRecord episode) => episode.ReasonForNewEpisode is "T" or "U" ? Carers.Same : Carers.New;

    private static Placement PlacementOf(EpisodeRecord e) =>
        new(e.PlacementType, e.PlacementProvider, e.ProviderUrn, e.PlacementPostcode, e.PlacementAuthorityCode);

    private static EpisodeRecord NewRow(Guid periodOfCareId, int sequence, DomainEpisode episode) => new()
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
    };
}
