namespace CorporateParenting.Calendar;

/// <summary>"N months after" as calendar months (docs/calendar.md §4, a suggestion, not a decided convention).</summary>
public static class CalendarMonths
{
    /// <summary>
    /// Adds calendar months with .NET AddMonths. A day that does not exist in the target month
    /// becomes that month's last day: 31 Aug 2025 + 6 = 28 Feb 2026, 29 Feb 2028 + 12 = 28 Feb 2029.
    /// Negative <paramref name="months"/> count backwards.
    /// </summary>
    public static DateOnly Add(DateOnly date, int months) => date.AddMonths(months);
}
