namespace CorporateParenting.Calendar;

/// <summary>
/// Working days: Monday to Friday, except holidays. Every statutory deadline is counted on
/// <see cref="EnglandAndWales"/> (convention 1).
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Func<DateOnly, bool> _isHoliday;

    public WorkingDayCalendar(Func<DateOnly, bool> isHoliday)
    {
        ArgumentNullException.ThrowIfNull(isHoliday);
        _isHoliday = isHoliday;
    }

    public static WorkingDayCalendar EnglandAndWales { get; } = new(EnglandAndWalesBankHolidays.IsBankHoliday);

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_isHoliday(date);

    /// <summary>
    /// The Nth working day after <paramref name="from"/>. <paramref name="from"/> itself is never
    /// counted, even when it is a working day (convention 1).
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);

        DateOnly date = from;
        int counted = 0;
        while (counted < workingDays)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>
    /// The number of working days after <paramref name="from"/> up to and including
    /// <paramref name="to"/>; 0 when <paramref name="to"/> is not after <paramref name="from"/>.
    /// The inverse of <see cref="AddWorkingDays"/>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        int count = 0;
        for (DateOnly date = from; date < to;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
