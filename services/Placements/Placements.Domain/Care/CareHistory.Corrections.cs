namespace Placements.Domain;

public sealed partial class CareHistory
{
    /// <summary>
    /// Puts right what was recorded for the open episode (a wrong placement, legal status or
    /// category of need) without starting a new episode: this is where a same-day change belongs.
    /// The corrected episode must still agree with its RNE and the 903 rules.
    /// </summary>
    public EpisodeCorrected CorrectCurrentEpisode(Placement? placement = null, string? legalStatus = null, string? categoryOfNeed = null)
    {
        if (!IsLookedAfter)
        {
            throw new CareRuleViolation("Only the open episode of a child who is looked after can be corrected.");
        }

        var period = _periods[^1];
        var before = period.Current;
        var correctedPlacement = placement is null ? before.Placement : PlacementRules.Checked(placement, OurAuthorityCode);
        var after = before with
        {
            Placement = correctedPlacement,
            IsOutOfArea = IsOutOfArea(correctedPlacement),
            LegalStatus = legalStatus ?? before.LegalStatus,
            CategoryOfNeed = categoryOfNeed ?? before.CategoryOfNeed,
        };

        if (after == before)
        {
            throw new CareRuleViolation("The correction changes nothing in the current episode.");
        }

        if (legalStatus is not null)
        {
            CheckLegalStatus(legalStatus);
        }

        if (categoryOfNeed is not null)
        {
            CheckCategoryOfNeed(categoryOfNeed);
        }

        var previous = period.Episodes.Count > 1 ? period.Episodes[^2] : null;
        CheckAgreesWithReasonForNewEpisode(after, previous);

        period.ReplaceCurrent(after);
        return new EpisodeCorrected(before, after);
    }

    // Rules 431–436: what differs from the episode before must be what the RNE says changed.
    private static void CheckAgreesWithReasonForNewEpisode(Episode corrected, Episode? previous)
    {
        var rne = corrected.ReasonForNewEpisode;
        if (previous is null)
        {
            if (corrected.Placement.IsTemporary)
            {
                throw new CareRuleViolation(
                    $"A period of care cannot start with a temporary placement ({corrected.Placement.Type}); record the placement the child is going to (rule 380).");
            }

            return;
        }

        bool legalStatusChanged = corrected.LegalStatus != previous.LegalStatus;
        bool placementChanged = corrected.Placement != previous.Placement;
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
                $"The current episode started with RNE {rne}, which needs {expected} from the episode before; correct it so it does (rules 431–436).");
        }
    }
}
