using System.Collections.ObjectModel;
using CorporateParenting.Calendar;

namespace VirtualSchool.Domain.Terms;

/// <summary>
/// The school days of one authority's (or one school's) term dates (docs/virtual-school.md §3.5). Term dates cannot
/// be computed, so they are configuration. A school day is a Monday to Friday inside a term, outside its breaks, not
/// an England and Wales bank holiday and not one of the extra non-school days (inset days, closures).
/// </summary>
/// <remarks>
/// The terms are checked when the calendar is built: each has a name and starts on or before it ends, no two overlap,
/// and every break lies inside its term, starts on or before it ends and overlaps no other break of that term.
/// </remarks>
public sealed class SchoolTermCalendar
{
    private readonly HashSet<DateOnly> _nonSchoolDays;

    public SchoolTermCalendar(IEnumerable<SchoolTerm> terms, IEnumerable<DateOnly>? nonSchoolDays = null)
    {
        ArgumentNullException.ThrowIfNull(terms);

        SchoolTerm[] ordered = [.. terms.OrderBy(t => t?.Starts)];
        foreach (SchoolTerm term in ordered)
        {
            Check(term);
        }

        for (int i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].Starts <= ordered[i - 1].Ends)
            {
                throw new VirtualSchoolRuleViolation(
                    $"The terms '{ordered[i - 1].Name}' ({Span(ordered[i - 1].Starts, ordered[i - 1].Ends)}) and "
                    + $"'{ordered[i].Name}' ({Span(ordered[i].Starts, ordered[i].Ends)}) overlap.");
            }
        }

        Terms = new ReadOnlyCollection<SchoolTerm>(ordered);
        _nonSchoolDays = [.. nonSchoolDays ?? []];
        NonSchoolDays = new ReadOnlyCollection<DateOnly>([.. _nonSchoolDays.Order()]);
    }

    /// <summary>The terms in date order.</summary>
    public IReadOnlyList<SchoolTerm> Terms { get; }

    /// <summary>The extra days without school (inset days, closures), in date order.</summary>
    public IReadOnlyList<DateOnly> NonSchoolDays { get; }

    public bool IsSchoolDay(DateOnly date) =>
        WorkingDayCalendar.EnglandAndWales.IsWorkingDay(date)
        && !_nonSchoolDays.Contains(date)
        && TermContaining(date) is { } term
        && !term.IsInBreak(date);

    /// <summary>The term whose first to last day includes <paramref name="date"/>, breaks included.</summary>
    public SchoolTerm? TermContaining(DateOnly date)
    {
        foreach (SchoolTerm term in Terms)
        {
            if (term.Contains(date))
            {
                return term;
            }
        }

        return null;
    }

    /// <summary>School days from <paramref name="from"/> to <paramref name="to"/>, both included; 0 when <paramref name="to"/> is before <paramref name="from"/>.</summary>
    public int SchoolDaysBetween(DateOnly from, DateOnly to) => SchoolDays(from, to).Count();

    /// <summary>The school days from <paramref name="from"/> to <paramref name="to"/>, both included, in order.</summary>
    public IEnumerable<DateOnly> SchoolDays(DateOnly from, DateOnly to)
    {
        for (DateOnly date = from; date <= to; date = date.AddDays(1))
        {
            if (IsSchoolDay(date))
            {
                yield return date;
            }

            if (date == DateOnly.MaxValue)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Whether term dates are configured for the school year of <paramref name="date"/>: some term overlaps it. Outside
    /// such a year "not a school day" only means "not known", and callers counting school days should say so.
    /// </summary>
    public bool Covers(DateOnly date)
    {
        SchoolYear year = SchoolYear.Containing(date);
        return Terms.Any(t => t.Starts <= year.End && t.Ends >= year.Start);
    }

    /// <summary>This calendar with a school's own closures and inset days added to the authority's.</summary>
    public SchoolTermCalendar WithNonSchoolDays(IEnumerable<DateOnly> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return new SchoolTermCalendar(Terms, _nonSchoolDays.Concat(days));
    }

    private static void Check(SchoolTerm? term)
    {
        if (term is null)
        {
            throw new VirtualSchoolRuleViolation("A term calendar cannot hold an empty term.");
        }

        if (string.IsNullOrWhiteSpace(term.Name))
        {
            throw new VirtualSchoolRuleViolation($"The term starting {Show.Date(term.Starts)} needs a name.");
        }

        if (term.Starts > term.Ends)
        {
            throw new VirtualSchoolRuleViolation(
                $"The term '{term.Name}' ends ({Show.Date(term.Ends)}) before it starts ({Show.Date(term.Starts)}).");
        }

        HalfTermBreak[] breaks = [.. (term.Breaks ?? []).OrderBy(b => b?.Starts)];
        for (int i = 0; i < breaks.Length; i++)
        {
            HalfTermBreak holiday = breaks[i]
                ?? throw new VirtualSchoolRuleViolation($"The term '{term.Name}' has an empty break.");

            if (holiday.Starts > holiday.Ends)
            {
                throw new VirtualSchoolRuleViolation(
                    $"A break in the term '{term.Name}' ends ({Show.Date(holiday.Ends)}) before it starts ({Show.Date(holiday.Starts)}).");
            }

            if (holiday.Starts < term.Starts || holiday.Ends > term.Ends)
            {
                throw new VirtualSchoolRuleViolation(
                    $"The break {Span(holiday.Starts, holiday.Ends)} is not inside the term '{term.Name}' "
                    + $"({Span(term.Starts, term.Ends)}).");
            }

            if (i > 0 && holiday.Starts <= breaks[i - 1]!.Ends)
            {
                throw new VirtualSchoolRuleViolation(
                    $"The breaks {Span(breaks[i - 1]!.Starts, breaks[i - 1]!.Ends)} and {Span(holiday.Starts, holiday.Ends)} "
                    + $"in the term '{term.Name}' overlap.");
            }
        }
    }

    private static string Span(DateOnly from, DateOnly to) => $"{Show.Date(from)} to {Show.Date(to)}";
}
