using CorporateParenting.Reporting;

namespace Placements.Domain;

/// <summary>One row of the SWEpisodes table: SW_ID, SW_DECOM, SW_DEC (blank while open on 31 March) and SW_REASON.</summary>
public sealed record SocialWorkerEpisode(string SocialWorkerId, DateOnly Start, DateOnly? End, string? Reason);

/// <summary>A child's social worker episodes as one collection year's return holds them (docs/ssda903.md §7.1).</summary>
public static class ReturnSocialWorkerEpisodes
{
    /// <summary>
    /// The allocations that concern the child's care, as a chain of episodes each ending the day the next begins, the last
    /// open (rule SW17STG2): an allocation made while the child was looked after, and at the start of each period of care
    /// the worker allocated then, as an episode beginning that day for "first contact or re-referral" (FCONTA) if the
    /// allocation began earlier (a period's episodes start within it, rule SW12STG2). An allocation made while the child was
    /// out of care is not one until a period starts. Every episode gives why it began (SW01bSTG1). The year's rows are the
    /// episodes during which the child was looked after at some time in the year; SW_DEC is blank if after 31 March.
    /// </summary>
    public static IReadOnlyList<SocialWorkerEpisode> In(
        IEnumerable<SocialWorkerAllocation> allocations, IEnumerable<(DateOnly Start, DateOnly? End)> periodsOfCare, CollectionYear year)
    {
        var ordered = allocations.OrderBy(a => a.Start).ToList();
        var periods = periodsOfCare.OrderBy(p => p.Start).ToList();
        bool LookedAfterOn(DateOnly day) => periods.Any(p => p.Start <= day && (p.End is null || day < p.End));

        var begins = ordered.Where(a => LookedAfterOn(a.Start)).Select(a => (a.Start, a.SocialWorkerId, a.Reason)).ToList();
        foreach (var period in periods)
        {
            if (ordered.LastOrDefault(a => a.Start <= period.Start) is { } current && current.Start < period.Start
                && (current.End is null || current.End > period.Start))
            {
                begins.Add((period.Start, current.SocialWorkerId, OneSocialWorkerAtATime.FirstContact));
            }
        }
        begins.Sort((a, b) => a.Start.CompareTo(b.Start));

        var rows = new List<SocialWorkerEpisode>();
        for (int i = 0; i < begins.Count; i++)
        {
            var (start, worker, reason) = begins[i];
            DateOnly? end = i + 1 < begins.Count ? begins[i + 1].Start : null;
            if (LookedAfterInYear(start, end, periods, year))
            {
                rows.Add(new SocialWorkerEpisode(worker, start, end <= year.End ? end : null, reason));
            }
        }
        return rows;
    }

    /// <summary>Whether some day from <paramref name="start"/> up to (not including) <paramref name="end"/> is in the year and in a period of care.</summary>
    private static bool LookedAfterInYear(DateOnly start, DateOnly? end, List<(DateOnly Start, DateOnly? End)> periods, CollectionYear year) =>
        periods.Any(p =>
        {
            var from = Max(start, Max(p.Start, year.Start));
            var until = Min(Min(end, p.End), year.End.AddDays(1));
            return from < until;
        });

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly? a, DateOnly? b) => (a, b) switch
    {
        (null, null) => DateOnly.MaxValue,
        (null, { } only) => only,
        ({ } only, null) => only,
        ({ } x, { } y) => x < y ? x : y,
    };
}
