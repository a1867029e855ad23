namespace Placements.Domain;

public sealed partial class CareHistory
{
    /// <summary>
    /// Rebuilds a history from recorded episodes, period by period, through the same operations as new changes, so
    /// recorded, imported and corrected history obey the same rules. A period keeps the category of need it began with; what
    /// its RNE says stayed the same (the legal status for P and T, the placement for L) comes from the episode before, and
    /// each episode that began a placement keeps whether it was an emergency.
    /// </summary>
    public static CareHistory Replay(DateOnly dateOfBirth, string ourAuthorityCode, IEnumerable<IReadOnlyList<Episode>> periods)
    {
        var history = new CareHistory(dateOfBirth, ourAuthorityCode);
        foreach (var episodes in periods)
        {
            history.ReplayPeriod(episodes);
        }
        return history;
    }

    private void ReplayPeriod(IReadOnlyList<Episode> episodes)
    {
        var first = episodes[0];
        EnterCare(first.Start, first.LegalStatus, first.CategoryOfNeed, first.Placement, first.IsEmergency);
        for (var i = 1; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            var reasonForChange = episodes[i - 1].ReasonForPlacementChange;
            switch (episode.ReasonForNewEpisode)
            {
                case ReasonForNewEpisode.PlacementAndCarers or ReasonForNewEpisode.PlacementSameCarers:
                    ChangePlacement(episode.Start, episode.Placement, reasonForChange, CarersOf(episode), episode.IsEmergency);
                    break;
                case ReasonForNewEpisode.LegalStatusOnly:
                    ChangeLegalStatus(episode.Start, episode.LegalStatus);
                    break;
                case ReasonForNewEpisode.LegalStatusPlacementAndCarers or ReasonForNewEpisode.LegalStatusAndPlacementSameCarers:
                    ChangeLegalStatusAndPlacement(
                        episode.Start, episode.LegalStatus, episode.Placement, reasonForChange, CarersOf(episode), episode.IsEmergency);
                    break;
                default:
                    throw new CareRuleViolation(
                        $"The episode that started on {Show(episode.Start)} has RNE {episode.ReasonForNewEpisode}, which cannot continue a period of care; use P, T, L, B or U (S starts a new period).");
            }

            if (episode.CategoryOfNeed != first.CategoryOfNeed)
            {
                throw new CareRuleViolation(
                    $"The episode that started on {Show(episode.Start)} has category of need {episode.CategoryOfNeed}, but its period of care began with {first.CategoryOfNeed}: a period keeps the category of need it began with (rule 504).");
            }
        }

        if (episodes[^1].End is { } end)
        {
            EndCare(end, episodes[^1].ReasonCeased ?? string.Empty);
        }
    }

    private static Carers CarersOf(Episode episode) =>
        episode.ReasonForNewEpisode is ReasonForNewEpisode.PlacementSameCarers or ReasonForNewEpisode.LegalStatusAndPlacementSameCarers
            ? Carers.Same
            : Carers.New;
}
