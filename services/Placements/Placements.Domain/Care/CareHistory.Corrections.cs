namespace Placements.Domain;

public sealed partial class CareHistory
{
    /// <summary>The episode a correction names by the day it started; with no date, the open episode.</summary>
    public Episode EpisodeToCorrect(DateOnly? startsOn)
    {
        var (period, episode) = FindEpisode(startsOn);
        return _periods[period].Episodes[episode];
    }

    /// <summary>
    /// Puts right what was recorded for an episode (its codes or the day it started) and/or for a closed period (the
    /// day it ended and why), without adding an episode: this is where a same-day change or a past mistake belongs.
    /// The corrected history is replayed through the same rules as new changes, and refused whole if it breaks one.
    /// A corrected legal status carries on into the episodes after it that kept it (RNE P or T), a corrected placement
    /// into those that kept the placement (RNE L): those episodes say that nothing else changed.
    /// </summary>
    public HistoryCorrected Correct(EpisodeChanges? episode, PeriodChanges? period, DateOnly today)
    {
        var episodeAt = episode is null ? ((int, int)?)null : FindEpisode(episode.EpisodeStartsOn);
        var periodAt = period is null ? (int?)null : FindPeriod(period.PeriodStartedOn);
        var periods = _periods.Select(p => p.Episodes.ToList()).ToList();
        if (episode is not null)
        {
            CorrectEpisode(periods, episodeAt!.Value, episode, today);
        }

        if (period is not null)
        {
            CorrectPeriod(periods, periodAt!.Value, period, today);
        }

        var corrected = Adopt(Replay(DateOfBirth, OurAuthorityCode, periods));
        return corrected.Periods.Count > 0 ? corrected : throw new CareRuleViolation("The correction changes nothing in the care history.");
    }

    /// <summary>A corrected date of birth is kept only if the whole history still holds at the child's corrected age.</summary>
    public void CorrectDateOfBirth(DateOnly dateOfBirth)
    {
        Adopt(Replay(dateOfBirth, OurAuthorityCode, _periods.Select(p => p.Episodes)));
        DateOfBirth = dateOfBirth;
    }

    private void CorrectEpisode(List<List<Episode>> periods, (int Period, int Episode) at, EpisodeChanges changes, DateOnly today)
    {
        var episodes = periods[at.Period];
        var k = at.Episode;
        var before = episodes[k];
        if (changes.LegalStatus is { } legalStatus)
        {
            CheckLegalStatus(legalStatus);
        }

        if (changes.CategoryOfNeed is { } categoryOfNeed)
        {
            CheckCategoryOfNeed(categoryOfNeed);
        }

        var placement = changes.Placement is null ? before.Placement : PlacementRules.Checked(changes.Placement, changes.Start ?? before.Start, OurAuthorityCode);
        var after = before with
        {
            Start = changes.Start ?? before.Start,
            LegalStatus = changes.LegalStatus ?? before.LegalStatus,
            CategoryOfNeed = changes.CategoryOfNeed ?? before.CategoryOfNeed,
            Placement = placement,
            IsOutOfArea = IsOutOfArea(placement),
            ReasonForPlacementChange = changes.ReasonForPlacementChange ?? (placement.IsTemporary ? null : before.ReasonForPlacementChange),
        };
        if (after == before)
        {
            throw new CareRuleViolation($"The correction changes nothing in the episode that started on {Show(before.Start)}.");
        }

        if (changes.ReasonForPlacementChange is not null)
        {
            CheckPlacementEnded(episodes, k);
        }

        if (after.Start != before.Start)
        {
            CheckCorrectedStart(periods, at, after.Start, today);
            if (k > 0)
            {
                episodes[k - 1] = episodes[k - 1] with { End = after.Start };
            }
        }

        if (before.Placement.IsTemporary && !after.Placement.IsTemporary && k > 0)
        {
            // The move into it would then need a reason (rule 225), which belongs to the episode before: not this correction's.
            throw new CareRuleViolation(
                $"The temporary placement that started on {Show(before.Start)} cannot be corrected to a usual placement: the move into it would need " +
                "a reason for placement change (rule 225), which is kept on the episode before it, and a correction gives the reason of the episode it names only.");
        }

        CheckAgreesWithReasonForNewEpisode(after, k > 0 ? episodes[k - 1] : null);
        episodes[k] = after;
        if (after.CategoryOfNeed != before.CategoryOfNeed)
        {
            // A period of care has one category of need, the one recorded when it began (rule 504).
            for (var i = 0; i < episodes.Count; i++)
            {
                episodes[i] = episodes[i] with { CategoryOfNeed = after.CategoryOfNeed };
            }
        }
        if (after.Placement.IsTemporary && k > 0)
        {
            // Neither the move into a temporary placement nor the return from it has a reason (rule 226).
            episodes[k - 1] = episodes[k - 1] with { ReasonForPlacementChange = null };
        }

        CarryForward(episodes, k);
        if (after.Placement != before.Placement && k + 2 < episodes.Count && episodes[k + 1].Placement.IsTemporary
            && episodes[k + 2].Placement == before.Placement)
        {
            // The child came back from the temporary placement to this one (rule 383), so the return says the same.
            episodes[k + 2] = episodes[k + 2] with { Placement = after.Placement, IsOutOfArea = after.IsOutOfArea };
            CarryForward(episodes, k + 2);
        }
    }

    private void CarryForward(List<Episode> episodes, int corrected)
    {
        for (var j = corrected + 1; j < episodes.Count; j++)
        {
            var previous = episodes[j - 1];
            var next = episodes[j];
            var carried = next.ReasonForNewEpisode switch
            {
                ReasonForNewEpisode.PlacementAndCarers or ReasonForNewEpisode.PlacementSameCarers => next with { LegalStatus = previous.LegalStatus },
                ReasonForNewEpisode.LegalStatusOnly => next with
                {
                    Placement = previous.Placement,
                    IsOutOfArea = previous.IsOutOfArea,
                    ReasonForPlacementChange = previous.Placement.IsTemporary ? null : next.ReasonForPlacementChange,
                },
                _ => next,
            };
            CheckAgreesWithReasonForNewEpisode(carried, previous);
            if (carried == next)
            {
                return;
            }

            episodes[j] = carried;
        }
    }

    private static void CorrectPeriod(List<List<Episode>> periods, int index, PeriodChanges changes, DateOnly today)
    {
        var episodes = periods[index];
        var last = episodes[^1];
        if (last.End is null)
        {
            throw new CareRuleViolation(
                $"The period of care that started on {Show(changes.PeriodStartedOn)} has not ended; record the end of care rather than correcting it.");
        }

        var after = last with { End = changes.End ?? last.End, ReasonCeased = changes.ReasonCeased ?? last.ReasonCeased };
        if (after == last)
        {
            throw new CareRuleViolation($"The correction changes nothing in the period of care that started on {Show(changes.PeriodStartedOn)}.");
        }

        CheckCorrectedEnd(periods, index, changes.PeriodStartedOn, after.End!.Value, today);
        episodes[^1] = after;
    }

    private HistoryCorrected Adopt(CareHistory replayed)
    {
        var changed = new List<PeriodCorrected>();
        for (var i = 0; i < _periods.Count; i++)
        {
            if (!_periods[i].Episodes.SequenceEqual(replayed._periods[i].Episodes))
            {
                changed.Add(new PeriodCorrected(i, [.. _periods[i].Episodes], [.. replayed._periods[i].Episodes]));
            }
        }

        _periods.Clear();
        _periods.AddRange(replayed._periods);
        return new HistoryCorrected(changed);
    }

    private (int Period, int Episode) FindEpisode(DateOnly? startsOn)
    {
        if (startsOn is not { } start)
        {
            return IsLookedAfter
                ? (_periods.Count - 1, _periods[^1].Episodes.Count - 1)
                : throw new CareRuleViolation("The child is not looked after, so there is no open episode; give the day the episode to correct started.");
        }

        for (var p = 0; p < _periods.Count; p++)
        {
            var e = _periods[p].Episodes.ToList().FindIndex(episode => episode.Start == start);
            if (e >= 0)
            {
                return (p, e);
            }
        }

        var starts = _periods.SelectMany(p => p.Episodes).Select(e => Show(e.Start));
        throw new CareRuleViolation($"No episode started on {Show(start)}; the child's episodes started on {string.Join(", ", starts)}.");
    }

    private int FindPeriod(DateOnly startedOn)
    {
        var index = _periods.FindIndex(p => p.Start == startedOn);
        return index >= 0
            ? index
            : throw new CareRuleViolation(
                $"No period of care started on {Show(startedOn)}; the child's periods started on {string.Join(", ", _periods.Select(p => Show(p.Start)))}.");
    }
}
