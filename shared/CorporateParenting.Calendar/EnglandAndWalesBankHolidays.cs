using System.Collections.Concurrent;
using System.Collections.ObjectModel;

namespace CorporateParenting.Calendar;

/// <summary>
/// England and Wales bank holidays for any year: the rules of docs/calendar.md §2.2 with the one-off
/// changes of §2.4 applied. Used for every child, wherever placed (docs/calendar.md §1).
/// </summary>
public static class EnglandAndWalesBankHolidays
{
    // Working-day counting asks about every day it passes, so each year is worked out once.
    private static readonly ConcurrentDictionary<int, ReadOnlyCollection<DateOnly>> ByYear = new();

    public static bool IsBankHoliday(DateOnly date) => ByYear.GetOrAdd(date.Year, Compute).Contains(date);

    /// <summary>The year's bank holidays in date order.</summary>
    public static IReadOnlyList<DateOnly> InYear(int year) => ByYear.GetOrAdd(year, Compute);

    private static ReadOnlyCollection<DateOnly> Compute(int year)
    {
        var dates = new SortedSet<DateOnly>(EnglandAndWalesBankHolidayRules.InYear(year));

        foreach (BankHolidayChange change in EnglandAndWalesBankHolidayChanges.All)
        {
            if (change.Year != year)
            {
                continue;
            }

            if (change.MovedFrom is DateOnly from)
            {
                dates.Remove(from);
            }

            dates.Add(change.Date);
        }

        return Array.AsReadOnly(dates.ToArray());
    }
}
