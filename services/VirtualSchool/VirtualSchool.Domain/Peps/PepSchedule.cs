using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Domain.Peps;

/// <summary>
/// Which PEP is due next for a pupil, given the PEPs they already have (docs/virtual-school.md §9.3). Each method
/// answers one event; a pupil who does not need a PEP on the due date (<see cref="PepScope"/>) gets none.
/// </summary>
public static class PepSchedule
{
    /// <summary>
    /// Entry to care: an Initial PEP due 20 working days later. Open PEPs belong to an earlier period of care and are
    /// superseded; an open Initial with the same due date means the entry is already planned, and nothing changes.
    /// </summary>
    public static PepPlan OnEnteredCare(
        DateOnly dateOfBirth, DateOnly enteredCare, IReadOnlyCollection<PepSummary> peps, PepScopeOptions scope)
    {
        ArgumentNullException.ThrowIfNull(peps);
        DateOnly dueOn = PepDeadlines.Initial(enteredCare);
        Guid[] open = OpenIds(peps);

        if (peps.Any(p => p.IsOpen && p.Occasion == PepOccasion.Initial && p.DueOn == dueOn))
        {
            return PepPlan.Nothing($"the Initial PEP due {Show.Date(dueOn)} is already open");
        }

        return PepScope.NeedsPep(dateOfBirth, dueOn, scope)
            ? new PepPlan(new DuePep(PepOccasion.Initial, PepKinds.FormOn(dateOfBirth, dueOn), dueOn), open, null, null)
            : new PepPlan(null, open, null, NotInScope(dueOn));
    }

    /// <summary>
    /// A change of school: a new PEP meeting due the configured working days later. An open Initial PEP covers it (the
    /// meeting is held with the new school by the Initial's due date); an open change-of-school PEP is moved to the new
    /// due date (a second move, or a corrected one); any other open PEP is superseded by a new change-of-school PEP.
    /// </summary>
    public static PepPlan OnSchoolChanged(
        DateOnly dateOfBirth, DateOnly changedOn, IReadOnlyCollection<PepSummary> peps, PepDeadlineOptions deadlines, PepScopeOptions scope)
    {
        ArgumentNullException.ThrowIfNull(peps);
        DateOnly dueOn = PepDeadlines.ChangeOfSchool(changedOn, deadlines);

        if (!PepScope.NeedsPep(dateOfBirth, dueOn, scope))
        {
            return PepPlan.Nothing(NotInScope(dueOn));
        }

        if (peps.FirstOrDefault(p => p.IsOpen && p.Occasion == PepOccasion.Initial) is { } initial)
        {
            return PepPlan.Nothing($"the open Initial PEP (due {Show.Date(initial.DueOn)}) is held with the new school");
        }

        if (peps.FirstOrDefault(p => p.IsOpen && p.Occasion == PepOccasion.ChangeOfSchool) is { } change)
        {
            return change.DueOn == dueOn
                ? PepPlan.Nothing($"the change-of-school PEP due {Show.Date(dueOn)} is already open")
                : new PepPlan(null, [], (change.Id, dueOn), null);
        }

        return new PepPlan(
            new DuePep(PepOccasion.ChangeOfSchool, PepKinds.FormOn(dateOfBirth, dueOn), dueOn), OpenIds(peps), null, null);
    }

    /// <summary>
    /// A term: a termly review due by the term's deadline (<see cref="TermlyReviewDeadlines.For"/>), unless a PEP is open
    /// (it is this term's, whatever its occasion), one was completed on or after the term's first day (an Initial or
    /// change-of-school PEP completed in the term counts as its review), or the term already has its review.
    /// </summary>
    public static PepPlan ForTerm(
        DateOnly dateOfBirth, SchoolTerm term, TermlyReviewDeadlines deadlines, IReadOnlyCollection<PepSummary> peps, PepScopeOptions scope)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(deadlines);
        ArgumentNullException.ThrowIfNull(peps);
        DateOnly dueOn = deadlines.For(term);

        if (!PepScope.NeedsPep(dateOfBirth, dueOn, scope))
        {
            return PepPlan.Nothing(NotInScope(dueOn));
        }

        if (peps.FirstOrDefault(p => p.IsOpen) is { } open)
        {
            return PepPlan.Nothing($"a PEP is open (due {Show.Date(open.DueOn)}) and serves as this term's");
        }

        if (peps.FirstOrDefault(p => p.CompletedOn >= term.Starts) is { } completed)
        {
            return PepPlan.Nothing($"a PEP was completed on {Show.Date(completed.CompletedOn!.Value)}, in '{term.Name}'");
        }

        if (peps.Any(p => p.Occasion == PepOccasion.TermlyReview && p.Term == term.Name))
        {
            return PepPlan.Nothing($"'{term.Name}' already has its review PEP");
        }

        return new PepPlan(
            new DuePep(PepOccasion.TermlyReview, PepKinds.FormOn(dateOfBirth, dueOn), dueOn, term.Name), [], null, null);
    }

    private static Guid[] OpenIds(IEnumerable<PepSummary> peps) => [.. peps.Where(p => p.IsOpen).Select(p => p.Id)];

    private static string NotInScope(DateOnly dueOn) => $"the pupil does not need a PEP on {Show.Date(dueOn)}";
}
