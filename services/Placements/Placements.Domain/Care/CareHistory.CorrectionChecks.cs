namespace Placements.Domain;

public sealed partial class CareHistory
{
    // The replay would catch these too, but in words written for new changes; these say what to give instead.
    private static void CheckCorrectedStart(List<List<Episode>> periods, (int Period, int Episode) at, DateOnly start, DateOnly today)
    {
        var episodes = periods[at.Period];
        var k = at.Episode;
        string Refusal(string why) => $"The episode that started on {Show(episodes[k].Start)} cannot start on {Show(start)}: {why}.";

        if (start > today)
        {
            throw new CareRuleViolation(Refusal("that is in the future"));
        }

        if (k > 0 && start <= episodes[k - 1].Start)
        {
            throw new CareRuleViolation(Refusal(
                $"the episode before it started on {Show(episodes[k - 1].Start)} and every episode lasts at least a day, so give a later date"));
        }

        if (k + 1 < episodes.Count && start >= episodes[k + 1].Start)
        {
            throw new CareRuleViolation(Refusal($"the next episode starts on {Show(episodes[k + 1].Start)}, so give an earlier date"));
        }

        if (k == episodes.Count - 1 && episodes[k].End is { } end && start >= end)
        {
            throw new CareRuleViolation(Refusal($"the period of care ended on {Show(end)}, so give an earlier date"));
        }

        if (k == 0 && at.Period > 0 && periods[at.Period - 1][^1].End is { } previousEnd && start <= previousEnd)
        {
            throw new CareRuleViolation(Refusal(
                $"the previous period of care ended on {Show(previousEnd)}, and a new period starts after the previous one ended"));
        }
    }

    private static void CheckCorrectedEnd(List<List<Episode>> periods, int index, DateOnly startedOn, DateOnly end, DateOnly today)
    {
        var episodes = periods[index];
        string Refusal(string why) => $"The period of care that started on {Show(startedOn)} cannot end on {Show(end)}: {why}.";

        if (end > today)
        {
            throw new CareRuleViolation(Refusal("that is in the future"));
        }

        if (end <= episodes[^1].Start)
        {
            throw new CareRuleViolation(Refusal(
                $"its last episode started on {Show(episodes[^1].Start)} and every episode lasts at least a day, so give a later date"));
        }

        if (index + 1 < periods.Count && end >= periods[index + 1][0].Start)
        {
            throw new CareRuleViolation(Refusal(
                $"the next period of care started on {Show(periods[index + 1][0].Start)}, and a period ends before the next one starts"));
        }
    }

    // Rule 233: only an episode whose placement ended carries REASON_PLACE_CHANGE.
    private static void CheckPlacementEnded(List<Episode> episodes, int k)
    {
        var changesPlacement = k + 1 < episodes.Count && episodes[k + 1].ReasonForNewEpisode != ReasonForNewEpisode.LegalStatusOnly;
        if (!changesPlacement)
        {
            throw new CareRuleViolation(
                $"The placement of the episode that started on {Show(episodes[k].Start)} did not end with a placement change, so it has no reason for placement change (rule 233).");
        }
    }

    // Rules 431–436: what differs from the episode before must be what the RNE says changed.
    private static void CheckAgreesWithReasonForNewEpisode(Episode episode, Episode? previous)
    {
        var rne = episode.ReasonForNewEpisode;
        if (previous is null)
        {
            if (episode.Placement.IsTemporary)
            {
                throw new CareRuleViolation(
                    $"A period of care cannot start with a temporary placement ({episode.Placement.Type}); record the placement the child is going to (rule 380).");
            }

            return;
        }

        bool legalStatusChanged = episode.LegalStatus != previous.LegalStatus;
        bool placementChanged = episode.Placement != previous.Placement;
        bool shouldChangeLegalStatus = rne is ReasonForNewEpisode.LegalStatusOnly
            or ReasonForNewEpisode.LegalStatusPlacementAndCarers or ReasonForNewEpisode.LegalStatusAndPlacementSameCarers;
        bool shouldChangePlacement = rne != ReasonForNewEpisode.LegalStatusOnly;

        if (legalStatusChanged != shouldChangeLegalStatus || placementChanged != shouldChangePlacement)
        {
            var expected = (shouldChangeLegalStatus, shouldChangePlacement) switch
            {
                (true, true) => "both the legal status and the placement to differ",
                (true, false) => "only the legal status to differ",
                _ => "only the placement to differ",
            };
            throw new CareRuleViolation(
                $"The episode that started on {Show(episode.Start)} has RNE {rne}, which needs {expected} from the episode before it (rules 431–436).");
        }
    }
}
