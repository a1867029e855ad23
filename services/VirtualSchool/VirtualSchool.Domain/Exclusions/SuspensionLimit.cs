using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Domain.Exclusions;

/// <summary>
/// A pupil may be suspended for at most 45 school days in a school year in total; a lunchtime suspension counts as
/// half a day (docs/virtual-school.md §5).
/// </summary>
public static class SuspensionLimit
{
    public const int SchoolDaysPerYear = 45;

    private const int SessionsPerDay = 2;

    /// <summary>
    /// The suspension days in the school year containing <paramref name="onDate"/>, with days after it that a
    /// suspension already given will take. Each suspension is laid out over consecutive school days of
    /// <paramref name="calendar"/> from its start (the next school day when it starts on a day without school), two
    /// sessions a day, a last odd session being half a day; a suspension running past 31 August counts each part in its
    /// own school year. Permanent exclusions are not counted.
    /// </summary>
    /// <exception cref="VirtualSchoolRuleViolation">
    /// A suspension has to be laid out over a school year the calendar holds no terms for.
    /// </exception>
    public static SuspensionTotal TotalFor(IEnumerable<ExclusionRecord> records, DateOnly onDate, SchoolTermCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(calendar);

        SchoolYear year = SchoolYear.Containing(onDate);
        int sessions = 0;
        foreach (ExclusionRecord record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            if (record.Kind == ExclusionKind.Suspension)
            {
                sessions += SessionsIn(year, record, calendar);
            }
        }

        decimal days = (decimal)sessions / SessionsPerDay;
        return new SuspensionTotal(
            year,
            days,
            OverLimit: days > SchoolDaysPerYear,
            DaysRemaining: Math.Max(0m, SchoolDaysPerYear - days));
    }

    private static int SessionsIn(SchoolYear year, ExclusionRecord suspension, SchoolTermCalendar calendar)
    {
        // Lawfully a suspension is at most 45 school days, so one that starts before the previous school year cannot
        // reach this one; leaving it out spares callers a calendar for every year of a pupil's history.
        if (suspension.StartsOn > year.End || suspension.StartsOn < year.Start.AddYears(-1))
        {
            return 0;
        }

        int left = suspension.Sessions;
        int inYear = 0;
        SchoolYear? checkedYear = null;
        for (DateOnly day = suspension.StartsOn; left > 0 && day <= year.End; day = day.AddDays(1))
        {
            SchoolYear dayYear = SchoolYear.Containing(day);
            if (dayYear != checkedYear)
            {
                if (!calendar.Covers(day))
                {
                    throw new VirtualSchoolRuleViolation(
                        $"The suspension starting {Show.Date(suspension.StartsOn)} ({suspension.Sessions} sessions) needs the "
                        + $"term dates of {dayYear.Name} to count its school days, and none are configured.");
                }

                checkedYear = dayYear;
            }

            if (!calendar.IsSchoolDay(day))
            {
                continue;
            }

            int taken = Math.Min(SessionsPerDay, left);
            left -= taken;
            if (dayYear == year)
            {
                inYear += taken;
            }
        }

        return inYear;
    }
}
