namespace CorporateParenting.Reporting;

/// <summary>
/// The days a monthly series of Board figures is taken on, so the Board sees which way a figure is going: the last day
/// of each of the last N months that have ended on or before the day asked about, oldest first. The last day of February
/// is the 29th in a leap year.
/// </summary>
public static class MonthEnds
{
    /// <summary>Two years of months: more is a different report, not a trend.</summary>
    public const int MaxMonths = 24;

    /// <summary>
    /// On 15 Mar 2028, 2 months: 31 Jan 2028, 29 Feb 2028. On 31 Mar 2028 (itself a month end), 2 months: 29 Feb 2028,
    /// 31 Mar 2028. None for 0 months.
    /// </summary>
    public static IReadOnlyList<DateOnly> OnOrBefore(DateOnly day, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(months, MaxMonths);

        var firstOfMonth = new DateOnly(day.Year, day.Month, 1);
        var latestMonth = LastDayOf(firstOfMonth) == day ? firstOfMonth : firstOfMonth.AddMonths(-1);
        return [.. Enumerable.Range(0, months).Reverse().Select(back => LastDayOf(latestMonth.AddMonths(-back)))];
    }

    /// <summary>Why <paramref name="months"/> cannot be asked for, in words for a field error; null when it can.</summary>
    public static string? ProblemWith(int months) =>
        months is < 0 or > MaxMonths ? $"must be from 0 (no series) to {MaxMonths} months." : null;

    private static DateOnly LastDayOf(DateOnly firstOfMonth) => firstOfMonth.AddMonths(1).AddDays(-1);
}
