using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Domain.Peps;

/// <summary>
/// The share of PEPs completed by their due date, for this term or the school year to date, against the target
/// (docs/virtual-school.md §9.7). Periods end on the day asked about, like attendance's (§4.3).
/// </summary>
public static class PepTimeliness
{
    /// <summary>
    /// Counts the PEPs due from <paramref name="from"/> to <paramref name="to"/> (both included), as they stood on
    /// <paramref name="to"/>: a completion or closing after it has not happened yet. A PEP closed on or before its due
    /// date without being completed is not counted.
    /// </summary>
    /// <exception cref="VirtualSchoolRuleViolation">The target is not 0 to 100.</exception>
    public static PepTimelinessResult Measure(
        IEnumerable<PepDueRecord> peps, DateOnly from, DateOnly to, PepTimelinessOptions options)
    {
        ArgumentNullException.ThrowIfNull(peps);
        ArgumentNullException.ThrowIfNull(options);
        if (options.TargetPercent is < 0 or > 100)
        {
            throw new VirtualSchoolRuleViolation($"The PEP timeliness target is a percentage from 0 to 100; {options.TargetPercent} was configured.");
        }

        int onTime = 0, late = 0, pending = 0, overdue = 0;
        foreach (PepDueRecord recorded in peps)
        {
            ArgumentNullException.ThrowIfNull(recorded, nameof(peps));
            if (recorded.DueOn < from || recorded.DueOn > to)
            {
                continue;
            }

            PepDueRecord pep = AsOn(recorded, to);
            if (pep.ClosedBeforeDue)
            {
                continue;
            }

            if (pep.WasOnTime)
            {
                onTime++;
            }
            else if (pep.CompletedOn is not null || pep.ClosedOn is not null)
            {
                late++;
            }
            else if (pep.IsOverdueOn(to))
            {
                late++;
                overdue++;
            }
            else
            {
                pending++;
            }
        }

        return new PepTimelinessResult(from, to, onTime, late, pending, overdue, options.TargetPercent);
    }

    /// <summary>
    /// This term to <paramref name="today"/>: from the first day of the term containing it, or in a holiday of the last
    /// term before it (a review deadline may fall in the holiday after its term, §9.3).
    /// </summary>
    /// <exception cref="VirtualSchoolRuleViolation">No term is configured on or before <paramref name="today"/>.</exception>
    public static (DateOnly From, DateOnly To) ThisTerm(SchoolTermCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        SchoolTerm term = calendar.Terms.LastOrDefault(t => t.Starts <= today)
            ?? throw new VirtualSchoolRuleViolation($"No term is configured on or before {Show.Date(today)}.");
        return (term.Starts, today);
    }

    /// <summary>1 September of the school year containing <paramref name="today"/> to today.</summary>
    public static (DateOnly From, DateOnly To) SchoolYearToDate(DateOnly today) => (SchoolYear.Containing(today).Start, today);

    private static PepDueRecord AsOn(PepDueRecord pep, DateOnly day) => pep with
    {
        CompletedOn = pep.CompletedOn <= day ? pep.CompletedOn : null,
        ClosedOn = pep.ClosedOn <= day ? pep.ClosedOn : null,
    };
}
