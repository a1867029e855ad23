using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Domain.Peps;

/// <summary>
/// The termly review deadline of each configured term (docs/virtual-school.md §9.3), checked against the term dates
/// when built. A deadline belongs to its term or to the holiday after it: from the term's first day to the day before
/// the next configured term starts; after the last configured term, up to <see cref="DaysAfterLastTerm"/> days after its
/// end (the summer holiday's length). A term named twice, a name or first day no term has, or a name and first day of
/// two different terms are refused. A term without a configured deadline is due on its last day.
/// </summary>
public sealed class TermlyReviewDeadlines
{
    public const int DaysAfterLastTerm = 42;

    private readonly Dictionary<DateOnly, DateOnly> _byTermStart = [];

    public TermlyReviewDeadlines(SchoolTermCalendar calendar, IEnumerable<TermReviewDeadline> deadlines)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(deadlines);

        Calendar = calendar;
        foreach (TermReviewDeadline entry in deadlines)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(deadlines));
            SchoolTerm term = TermOf(entry);
            if (!_byTermStart.TryAdd(term.Starts, entry.Deadline))
            {
                throw new VirtualSchoolRuleViolation($"The term '{term.Name}' has more than one PEP review deadline.");
            }

            Check(term, entry.Deadline);
        }
    }

    public SchoolTermCalendar Calendar { get; }

    /// <summary>When the termly review PEPs of <paramref name="term"/> are due: its configured deadline, or its last day.</summary>
    public DateOnly For(SchoolTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return _byTermStart.TryGetValue(term.Starts, out DateOnly deadline) ? deadline : term.Ends;
    }

    /// <summary>Whether the Virtual School configured a deadline for <paramref name="term"/> (otherwise <see cref="For"/> gives its last day).</summary>
    public bool IsConfigured(SchoolTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return _byTermStart.ContainsKey(term.Starts);
    }

    private SchoolTerm TermOf(TermReviewDeadline entry)
    {
        string? name = string.IsNullOrWhiteSpace(entry.Term) ? null : entry.Term.Trim();
        SchoolTerm? byName = name is null ? null : Calendar.Terms.FirstOrDefault(t => t.Name == name)
            ?? throw new VirtualSchoolRuleViolation($"A PEP review deadline names the term '{name}', which the term dates do not have.");
        SchoolTerm? byStart = entry.TermStarts is not { } starts ? null : Calendar.Terms.FirstOrDefault(t => t.Starts == starts)
            ?? throw new VirtualSchoolRuleViolation($"A PEP review deadline is for a term starting {Show.Date(starts)}, and no term starts then.");

        if (byName is not null && byStart is not null && byName != byStart)
        {
            throw new VirtualSchoolRuleViolation(
                $"A PEP review deadline names the term '{byName.Name}' and a term starting {Show.Date(byStart.Starts)} ('{byStart.Name}'): give one term.");
        }

        return byName ?? byStart
            ?? throw new VirtualSchoolRuleViolation(
                $"The PEP review deadline {Show.Date(entry.Deadline)} needs its term: a name or the day the term starts.");
    }

    private void Check(SchoolTerm term, DateOnly deadline)
    {
        if (deadline < term.Starts)
        {
            throw new VirtualSchoolRuleViolation(
                $"The PEP review deadline for '{term.Name}' ({Show.Date(deadline)}) is before the term starts ({Show.Date(term.Starts)}).");
        }

        SchoolTerm? next = Calendar.Terms.FirstOrDefault(t => t.Starts > term.Starts);
        if (next is not null && deadline >= next.Starts)
        {
            throw new VirtualSchoolRuleViolation(
                $"The PEP review deadline for '{term.Name}' ({Show.Date(deadline)}) is not before the next term, '{next.Name}', "
                + $"starts ({Show.Date(next.Starts)}).");
        }

        if (next is null && deadline > term.Ends.AddDays(DaysAfterLastTerm))
        {
            throw new VirtualSchoolRuleViolation(
                $"The PEP review deadline for '{term.Name}' ({Show.Date(deadline)}) is more than {DaysAfterLastTerm} days after the "
                + $"term ends ({Show.Date(term.Ends)}).");
        }
    }
}
