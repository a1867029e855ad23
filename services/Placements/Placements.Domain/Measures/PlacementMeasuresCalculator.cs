using CorporateParenting.Calendar;
using CorporateParenting.CodeLists;
using CorporateParenting.Reporting;

namespace Placements.Domain;

/// <summary>
/// Works out <see cref="PlacementMeasures"/> for a cohort in one pass over each child's episodes
/// (no child is compared with another), so a national-size cohort stays linear and can be added a page at a time.
/// </summary>
/// <remarks>
/// Counting choices (docs/ssda903.md §5; DfE's exact episode rules are unconfirmed):
/// <list type="bullet">
/// <item>Looked after at AsAt: an episode with DECOM ≤ AsAt &lt; DEC. A child whose care ends on AsAt is
/// not looked after that day; one who enters on AsAt is. Short breaks (V3/V4) are left out, as DfE does.</item>
/// <item>Entries and exits: children, not periods. A child with several in the period counts once; exits
/// are broken down by the REC of the last exit in the period.</item>
/// <item>The 12 months up to AsAt start the day after AsAt one year earlier (1 April for 31 March).</item>
/// <item>Placements: the one the child was in when the 12 months began, plus each episode with RNE S, P,
/// B, T or U. Temporary placements (T0–T4) are not counted, and going back to the same placement after one
/// is not a new placement: both would count a holiday or hospital stay as instability. Short breaks are not counted.</item>
/// <item>Long-term stability: under 16 at AsAt (a 16th birthday on AsAt is out), current period started on or
/// before AsAt less 30 calendar months counted forward, and with the same carers for 2 years (the clock restarts only
/// on RNE S, P or B, since T, U and L keep the carers) or placed for adoption (A3–A6).</item>
/// <item>Social workers: allocations that overlap the 12 months; a worker allocated twice counts twice,
/// because allocations carry no worker identity.</item>
/// </list>
/// </remarks>
public sealed class PlacementMeasuresCalculator
{
    private const int StabilityUpperAge = 16;
    private const int LongTermMonthsInCare = 30;
    private const int LongTermYearsWithCarers = 2;
    private const int Unstable = 3;

    private readonly MeasureParameters _parameters;
    private readonly Tally _tally = new();

    /// <summary>A calculation that takes the cohort a child at a time (<see cref="Add"/>), so the whole cohort need never be held.</summary>
    public PlacementMeasuresCalculator(MeasureParameters parameters)
    {
        Check(parameters);
        _parameters = parameters;
    }

    public static PlacementMeasures Calculate(IReadOnlyList<ChildCareRecord> children, MeasureParameters parameters)
    {
        var calculator = new PlacementMeasuresCalculator(parameters);
        foreach (var child in children)
        {
            calculator.Add(child);
        }

        return calculator.Measures();
    }

    public void Add(ChildCareRecord child) => Count(child, _parameters, _parameters.TwelveMonthsStart, _tally);

    /// <summary>The figures over every child added so far; a copy, which children added later do not change.</summary>
    public PlacementMeasures Measures() => new(
        _tally.LookedAfter,
        (int)Math.Round(_tally.LookedAfter * 10_000m / _parameters.ChildPopulation, MidpointRounding.AwayFromZero),
        _tally.Entries,
        _tally.Exits,
        new SortedDictionary<string, int>(_tally.ExitsByReason, StringComparer.Ordinal),
        new SortedDictionary<string, int>(_tally.PlacementTypes, StringComparer.Ordinal),
        new Proportion(_tally.OutsideOurArea, _tally.LookedAfter),
        new Proportion(_tally.ThreeOrMorePlacements, _tally.LookedAfter),
        new Proportion(_tally.LongTermStable, _tally.LongTermCohort),
        new Proportion(_tally.ThreeOrMoreSocialWorkers, _tally.LookedAfter));

    private static void Count(ChildCareRecord child, MeasureParameters parameters, DateOnly yearStart, Tally tally)
    {
        var asAt = parameters.AsAt;
        Episode? current = null;
        DateOnly currentPeriodStart = default;
        DateOnly withCarersSince = default;
        int placements = 0;
        bool entered = false;
        string? lastExitReason = null;

        foreach (var period in child.History.Periods)
        {
            if (period.Start > asAt)
            {
                break;
            }

            if (period.Start >= parameters.PeriodStart && !IsShortBreak(period.Episodes[0]))
            {
                entered = true;
            }

            if (period.End is { } end && end >= parameters.PeriodStart && end <= asAt && !IsShortBreak(period.Episodes[^1]))
            {
                lastExitReason = period.ReasonCeased;
            }

            Placement? usual = null;
            bool afterTemporary = false;
            bool countedInPeriod = false;
            var carersSince = period.Start;
            foreach (var episode in period.Episodes)
            {
                if (episode.Start > asAt)
                {
                    break;
                }

                bool temporary = episode.Placement.IsTemporary;
                bool returning = !temporary && afterTemporary && episode.Placement == usual;
                bool startsPlacement = !temporary && !returning
                    && ReasonForNewEpisode.StartsPlacement.Contains(episode.ReasonForNewEpisode);

                if (startsPlacement && ReasonForNewEpisode.StartsWithNewCarers.Contains(episode.ReasonForNewEpisode))
                {
                    carersSince = episode.Start;
                }

                if (episode.IsLookedAfterOn(asAt))
                {
                    current = episode;
                    currentPeriodStart = period.Start;
                    withCarersSince = carersSince;
                }

                if (temporary)
                {
                    afterTemporary = true;
                    continue;
                }

                bool inTheYear = episode.End is null || episode.End > yearStart;
                if (inTheYear && !IsShortBreak(episode))
                {
                    // The first episode in the 12 months is a placement even if it began earlier.
                    if (startsPlacement || !countedInPeriod)
                    {
                        placements++;
                    }

                    countedInPeriod = true;
                }

                usual = episode.Placement;
                afterTemporary = false;
            }
        }

        if (entered)
        {
            tally.Entries++;
        }

        if (lastExitReason is not null)
        {
            tally.Exits++;
            Increment(tally.ExitsByReason, lastExitReason);
        }

        if (current is null || IsShortBreak(current))
        {
            return;
        }

        tally.LookedAfter++;
        Increment(tally.PlacementTypes, current.Placement.Type);
        if (current.Placement.AuthorityCode != parameters.OurAuthorityCode)
        {
            tally.OutsideOurArea++;
        }

        if (placements >= Unstable)
        {
            tally.ThreeOrMorePlacements++;
        }

        if (Birthdays.AgeOn(child.DateOfBirth, asAt) < StabilityUpperAge
            && currentPeriodStart.AddMonths(LongTermMonthsInCare) <= asAt)
        {
            tally.LongTermCohort++;
            if (current.Placement.IsPlacedForAdoption || withCarersSince.AddYears(LongTermYearsWithCarers) <= asAt)
            {
                tally.LongTermStable++;
            }
        }

        if (SocialWorkersDuring(child.SocialWorkerAllocations, yearStart, asAt) >= Unstable)
        {
            tally.ThreeOrMoreSocialWorkers++;
        }
    }

    private static int SocialWorkersDuring(IReadOnlyList<SocialWorkerAllocation> allocations, DateOnly from, DateOnly to)
    {
        int count = 0;
        foreach (var allocation in allocations)
        {
            if (allocation.Start <= to && (allocation.End is null || allocation.End > from))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsShortBreak(Episode episode) => LegalStatusGroups.ShortBreaks.Contains(episode.LegalStatus);

    private static void Increment(SortedDictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static void Check(MeasureParameters parameters)
    {
        if (parameters.PeriodStart > parameters.AsAt)
        {
            throw new ArgumentException(
                $"The period starts ({parameters.PeriodStart:yyyy-MM-dd}) after the measures' date ({parameters.AsAt:yyyy-MM-dd}).", nameof(parameters));
        }

        if (parameters.ChildPopulation <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(parameters), parameters.ChildPopulation, "The child population must be positive.");
        }

        if (!OnsAuthorityCode.IsValid(parameters.OurAuthorityCode))
        {
            throw new ArgumentException($"'{parameters.OurAuthorityCode}' is not an ONS authority code.", nameof(parameters));
        }
    }

    private sealed class Tally
    {
        public int LookedAfter;
        public int Entries;
        public int Exits;
        public int OutsideOurArea;
        public int ThreeOrMorePlacements;
        public int LongTermCohort;
        public int LongTermStable;
        public int ThreeOrMoreSocialWorkers;
        public readonly SortedDictionary<string, int> ExitsByReason = new(StringComparer.Ordinal);
        public readonly SortedDictionary<string, int> PlacementTypes = new(StringComparer.Ordinal);
    }
}
