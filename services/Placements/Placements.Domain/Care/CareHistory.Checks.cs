using CorporateParenting.Calendar;
using CorporateParenting.CodeLists;

namespace Placements.Domain;

public sealed partial class CareHistory
{
    private static void CheckReasonForChange(string? reasonForChange, Episode current, Placement next)
    {
        if (current.Placement.IsTemporary || next.IsTemporary)
        {
            if (reasonForChange is not null)
            {
                var temporary = current.Placement.IsTemporary ? current.Placement.Type : next.Type;
                throw new CareRuleViolation(
                    $"Leave the reason for placement change blank when the child goes into or leaves a temporary placement ({temporary}) (rule 226).");
            }

            return;
        }

        if (reasonForChange is null)
        {
            throw new CareRuleViolation($"Give the reason the {current.Placement.Type} placement ended (REASON_PLACE_CHANGE, e.g. CARPL) (rule 225).");
        }

        if (!ReasonForPlacementChange.All.Contains(reasonForChange))
        {
            throw new CareRuleViolation($"'{reasonForChange}' is not an SSDA903 reason for placement change.");
        }
    }

    /// <summary>
    /// A temporary placement is a stay away from the child's usual placement: it ends with the return to that placement,
    /// within the time its type allows. See docs/ssda903.md §2, temporary placements.
    /// </summary>
    private void CheckTemporaryPlacement(DateOnly date, Episode current, Placement next)
    {
        if (current.Placement.IsTemporary)
        {
            var usual = _periods[^1].Episodes[^2].Placement;
            if (next.Type != usual.Type || next.Postcode != usual.Postcode)
            {
                throw new CareRuleViolation(
                    $"A child in a temporary placement ({current.Placement.Type}) returns to the placement before it, {usual.Type}" +
                    $"{(usual.Postcode is null ? "" : $" at {usual.Postcode}")} (rule 383). If the child is not going back, correct the temporary episode to the placement it became.");
            }

            if (TemporaryPlacements.LongestStay(current.Placement.Type) is { } longest && date.DayNumber - current.Start.DayNumber > longest.Days)
            {
                throw new CareRuleViolation(
                    $"A {current.Placement.Type} placement lasts at most {longest.Days} days ({longest.Rule}); this one started on {Show(current.Start)}. Correct it to the placement it became.");
            }
        }

        if (next.Type == TemporaryPlacements.UsualCarersOnHoliday)
        {
            var yearBefore = date.AddYears(-1);
            var recent = _periods.SelectMany(p => p.Episodes)
                .Count(e => e.Placement.Type == TemporaryPlacements.UsualCarersOnHoliday && e.Start > yearBefore);
            if (recent >= 2)
            {
                throw new CareRuleViolation(
                    $"A child has at most two {TemporaryPlacements.UsualCarersOnHoliday} placements in any 12 months (rule 377); two started after {Show(yearBefore)}.");
            }
        }
    }

    // Rule 383: the episode after a temporary one is the return to the usual placement, RNE P.
    private static void CheckNotInTemporaryPlacement(DateOnly date, Episode current)
    {
        if (current.Placement.IsTemporary)
        {
            throw new CareRuleViolation(
                $"The child is in a temporary placement ({current.Placement.Type}) on {Show(date)}; record the return to the usual placement first, then the legal status change (rule 383).");
        }
    }

    /// <summary>What the placement says of the child's legal status and of how the episode began (docs/ssda903.md §2, PLACE).</summary>
    private static void CheckPlacementAndLegalStatus(Episode episode)
    {
        var type = episode.Placement.Type;
        var legalStatus = episode.LegalStatus;
        if (PlacementTypeGroups.PlacedForAdoptionUnderPlacementOrder.Contains(type) && legalStatus != LegalStatusGroups.PlacementOrder)
        {
            throw new CareRuleViolation(
                $"A child placed for adoption under a placement order ({type}) has legal status {LegalStatusGroups.PlacementOrder}, not {legalStatus} (rule 408).");
        }

        if (type == PlacementTypeGroups.WithOwnParents && legalStatus == LegalStatusGroups.SinglePeriodOfAccommodation)
        {
            throw new CareRuleViolation(
                $"A child accommodated under section 20 ({legalStatus}) is not placed with parents (P1) (rule 378).");
        }

        if (PlacementTypeGroups.PlacedForAdoptionWithFosterCarers.Contains(type)
            && episode.Start >= PlacementTypeGroups.AdoptionByFosterCarersRecordedFrom
            && !ReasonForNewEpisode.StartsAdoptionByFosterCarers.Contains(episode.ReasonForNewEpisode))
        {
            var why = episode.ReasonForNewEpisode == ReasonForNewEpisode.LegalStatusOnly
                ? "its legal status changes only with a change of placement (RNE U)"
                : $"it starts as a change of placement with the same carers (RNE T, or U with a new legal status), not RNE {episode.ReasonForNewEpisode}";
            throw new CareRuleViolation($"{type} is a placement for adoption with the child's foster carers, so {why} (rule 217).");
        }
    }

    /// <summary>What the child's age on the day an episode begins allows of its legal status and placement (docs/ssda903.md §2).</summary>
    private void CheckAgeFor(Episode episode)
    {
        int age = Birthdays.AgeOn(DateOfBirth, episode.Start);
        if (LegalStatusGroups.YouthJustice.Contains(episode.LegalStatus) && age < 10)
        {
            throw new CareRuleViolation(
                $"A child under 10 cannot be remanded or detained ({episode.LegalStatus}); the child is {age} on {Show(episode.Start)} (rule 358).");
        }

        if (PlacementTypeGroups.YoungestAge(episode.Placement.Type) is { } youngest && age < youngest.Age)
        {
            throw new CareRuleViolation(
                $"A child in a {episode.Placement.Type} placement is at least {youngest.Age}; the child is {age} on {Show(episode.Start)} (rule {youngest.Rule}).");
        }
    }

    /// <summary>
    /// A child whose care ended in death (E2) or an age assessment that found them an adult (E15) is not looked after
    /// again (rule 437); an adopted child (E11, E12) who comes back into care does so under their adoptive identity, a
    /// new child record, not this one (rule 199).
    /// </summary>
    private void CheckCanComeBackIntoCare()
    {
        var rule = _periods.Select(p => p.ReasonCeased).LastOrDefault(r => r is "E2" or "E15" or "E11" or "E12") switch
        {
            "E2" => "The child's care ended with their death (E2); no further period of care can be recorded (rule 437).",
            "E15" => "An age assessment found the young person to be 18 or over (E15); no further period of care can be recorded for them (rule 437).",
            "E11" or "E12" => "The child was adopted from care (E11, E12): if they come back into care, record them as a new child under their adoptive identity (rule 199).",
            _ => null,
        };
        if (rule is not null)
        {
            throw new CareRuleViolation(rule);
        }
    }

    /// <summary>What the reason care ended says of the child's age and last placement on that day.</summary>
    private void CheckReasonCeased(DateOnly date, string reasonCeased, Episode current)
    {
        int age = Birthdays.AgeOn(DateOfBirth, date);
        var rule = reasonCeased switch
        {
            ReasonEpisodeCeased.StayedWithCarersAged18 when age < 18 => $"E17 (staying put) needs the young person to be 18 or over; they are {age} on {Show(date)} (rule 460).",
            ReasonEpisodeCeased.TransferredToAdultSocialCare when age < 16 => $"E7 (adult social care) needs the young person to be 16 or over; they are {age} on {Show(date)} (rule 389).",
            "E11" or "E12" when age >= 18 => $"{reasonCeased} (adopted) is for a child under 18; the young person is {age} on {Show(date)} (rule 386).",
            "E5" or "E6" when age < 14 => $"{reasonCeased} (moved into independent living) needs the child to be 14 or over; they are {age} on {Show(date)} (rule 387).",
            // The validator allows the 18th birthday itself for a special guardianship order, unlike adoption.
            "E45" or "E46" or "E47" or "E48" when date > Birthdays.Nth(DateOfBirth, 18) =>
                $"{reasonCeased} (special guardianship order) is for a child under 18; the young person is {age} on {Show(date)} (rule 407).",
            "E11" or "E12" when !PlacementTypeGroups.PlacedForAdoption.Contains(current.Placement.Type) =>
                $"{reasonCeased} (adopted) ends a placement for adoption (A3–A6), not {current.Placement.Type}: record the placement for adoption first (rule 390).",
            "E45" or "E46" when !PlacementTypeGroups.Foster.Contains(current.Placement.Type) =>
                $"{reasonCeased} is a special guardianship order to the child's former foster carers, so the child's last placement is foster care (U1–U6), not {current.Placement.Type} (rule 516).",
            _ => null,
        };
        if (rule is not null)
        {
            throw new CareRuleViolation(rule);
        }
    }

    private static void CheckNewLegalStatus(string legalStatus, Episode current)
    {
        CheckLegalStatus(legalStatus);
        if (legalStatus == current.LegalStatus)
        {
            throw new CareRuleViolation($"The legal status is already {legalStatus}; a legal status change needs a different status (rules 431–436).");
        }
    }

    private static void CheckLegalStatus(string legalStatus)
    {
        if (!Ssda903Codes.LegalStatus.Contains(legalStatus))
        {
            throw new CareRuleViolation($"'{legalStatus}' is not an SSDA903 legal status (LS).");
        }
    }

    private static void CheckCategoryOfNeed(string categoryOfNeed)
    {
        if (!Ssda903Codes.CategoryOfNeed.Contains(categoryOfNeed))
        {
            throw new CareRuleViolation($"'{categoryOfNeed}' is not an SSDA903 category of need (CIN).");
        }
    }
}
