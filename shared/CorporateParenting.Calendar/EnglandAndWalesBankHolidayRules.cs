namespace CorporateParenting.Calendar;

/// <summary>
/// The bank holidays that the rules of docs/calendar.md §2.2 give, before one-off changes
/// (<see cref="EnglandAndWalesBankHolidayChanges"/>). Use <see cref="EnglandAndWalesBankHolidays"/>
/// for the real calendar.
/// </summary>
public static class EnglandAndWalesBankHolidayRules
{
    public static IReadOnlyList<DateOnly> InYear(int year)
    {
        DateOnly easter = EasterSunday.For(year);

        return
        [
            NextWeekday(new DateOnly(year, 1, 1)),
            easter.AddDays(-2),
            easter.AddDays(1),
            FirstMonday(year, 5),
            LastMonday(year, 5),
            LastMonday(year, 8),
            // Moving each of 25 and 26 Dec two days on when it falls at a weekend gives all four
            // Christmas rows of §2.2: Sat 25 -> Mon 27, Sun 26 -> Tue 28, Sun 25 -> Tue 27, Sat 26 -> Mon 28.
            SkipWeekendByTwoDays(new DateOnly(year, 12, 25)),
            SkipWeekendByTwoDays(new DateOnly(year, 12, 26)),
        ];
    }

    private static DateOnly NextWeekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static DateOnly SkipWeekendByTwoDays(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? date.AddDays(2) : date;

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        int daysToMonday = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(daysToMonday);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        int daysSinceMonday = ((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7;
        return last.AddDays(-daysSinceMonday);
    }
}
