namespace VirtualSchool.Domain.Terms;

/// <summary>
/// The dates an attendance measure covers on a given day (docs/virtual-school.md §4.3). Every range ends on that day:
/// marks after it do not exist yet.
/// </summary>
public sealed record MeasurePeriod(MeasurePeriodKind Kind, int RollingSchoolDays = 0)
{
    /// <summary>
    /// The first and last day, both included. <see cref="MeasurePeriodKind.Term"/>: the term containing
    /// <paramref name="date"/>, from its start to that day; in a holiday between terms, the whole of the last term before it.
    /// <see cref="MeasurePeriodKind.SchoolYearToDate"/>: 1 September to that day.
    /// <see cref="MeasurePeriodKind.RollingSchoolDays"/>: from the Nth school day back (that day counted if it is a school
    /// day) to that day; when the calendar holds fewer school days, from the first it holds.
    /// </summary>
    public (DateOnly From, DateOnly To) RangeOn(DateOnly date, SchoolTermCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);

        return Kind switch
        {
            MeasurePeriodKind.Term => TermOn(date, calendar),
            MeasurePeriodKind.SchoolYearToDate => (SchoolYear.Containing(date).Start, date),
            MeasurePeriodKind.RollingSchoolDays => RollingOn(date, calendar),
            _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Not a measure period."),
        };
    }

    private static (DateOnly From, DateOnly To) TermOn(DateOnly date, SchoolTermCalendar calendar)
    {
        if (calendar.TermContaining(date) is { } current)
        {
            return (current.Starts, date);
        }

        SchoolTerm last = calendar.Terms.LastOrDefault(t => t.Ends < date)
            ?? throw new VirtualSchoolRuleViolation($"No term is configured on or before {Show.Date(date)}.");
        return (last.Starts, last.Ends);
    }

    private (DateOnly From, DateOnly To) RollingOn(DateOnly date, SchoolTermCalendar calendar)
    {
        if (RollingSchoolDays < 1)
        {
            throw new VirtualSchoolRuleViolation(
                $"A rolling measure period needs at least 1 school day; {RollingSchoolDays} was configured.");
        }

        DateOnly earliest = calendar.Terms.Count == 0 || calendar.Terms[0].Starts > date
            ? throw new VirtualSchoolRuleViolation($"No term is configured on or before {Show.Date(date)}.")
            : calendar.Terms[0].Starts;

        DateOnly from = date;
        int counted = 0;
        for (DateOnly day = date; day >= earliest && counted < RollingSchoolDays; day = day.AddDays(-1))
        {
            if (calendar.IsSchoolDay(day))
            {
                from = day;
                counted++;
            }
        }

        return (from, date);
    }
}
