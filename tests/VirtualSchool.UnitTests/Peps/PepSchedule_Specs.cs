using VirtualSchool.Domain.Peps;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Peps;

public sealed class PepSchedule_Specs
{
    private static readonly DateOnly Born = Date("2015-05-10"); // Year 5 in 2025/26
    private static readonly PepScopeOptions Scope = new();
    private static readonly PepDeadlineOptions Deadlines = new();
    private static readonly TermlyReviewDeadlines TermDeadlines = new(TermDates, [new TermReviewDeadline { Term = "Spring 2026", Deadline = Date("2026-03-13") }]);

    private static PepSummary Pep(PepOccasion occasion, PepStatus status, string dueOn, string? completedOn = null, string? term = null) =>
        new(Guid.NewGuid(), occasion, status, Date(dueOn), completedOn is null ? null : Date(completedOn), term);

    [Fact]
    public void Entry_to_care_makes_an_initial_pep_due_20_working_days_later()
    {
        PepPlan plan = PepSchedule.OnEnteredCare(Born, Date("2025-12-15"), [], Scope);

        Assert.Equal(new DuePep(PepOccasion.Initial, PepForm.SchoolAge, Date("2026-01-15")), plan.Create);
        Assert.Equal(PepKind.Initial, plan.Create!.Kind);
        Assert.Empty(plan.Supersede);
    }

    [Fact]
    public void A_17_year_old_entering_care_gets_a_post_16_initial_pep()
    {
        PepPlan plan = PepSchedule.OnEnteredCare(Date("2008-10-01"), Date("2025-12-15"), [], Scope);

        Assert.Equal(PepKind.Post16, plan.Create!.Kind);
        Assert.Equal(PepOccasion.Initial, plan.Create.Occasion);
    }

    [Fact]
    public void A_baby_entering_care_gets_no_pep_yet()
    {
        PepPlan plan = PepSchedule.OnEnteredCare(Date("2025-06-01"), Date("2025-12-15"), [], Scope);

        Assert.Null(plan.Create);
        Assert.Equal("the pupil does not need a PEP on 15 Jan 2026", plan.NothingBecause);
    }

    [Fact]
    public void A_child_who_turns_3_before_the_initial_pep_is_due_gets_an_early_years_initial_pep()
    {
        PepPlan plan = PepSchedule.OnEnteredCare(Date("2023-01-10"), Date("2025-12-15"), [], Scope); // 3 on 10 Jan 2026

        Assert.Equal(new DuePep(PepOccasion.Initial, PepForm.EarlyYears, Date("2026-01-15")), plan.Create);
        Assert.Equal(PepKind.EarlyYears, plan.Create!.Kind);
    }

    [Fact]
    public void A_young_person_whose_initial_pep_would_fall_after_year_13_gets_none() =>
        Assert.Null(PepSchedule.OnEnteredCare(Date("2007-09-01"), Date("2026-08-10"), [], Scope).Create); // due Tue 8 Sep 2026 (31 Aug is a bank holiday)

    [Fact]
    public void Entry_to_care_supersedes_peps_left_open_from_an_earlier_period()
    {
        PepSummary stale = Pep(PepOccasion.TermlyReview, PepStatus.Draft, "2025-03-13", term: "Spring 2025");

        PepPlan plan = PepSchedule.OnEnteredCare(Born, Date("2025-12-15"), [stale], Scope);

        Assert.Equal([stale.Id], plan.Supersede);
        Assert.NotNull(plan.Create);
    }

    [Fact]
    public void The_same_entry_to_care_again_changes_nothing()
    {
        PepSummary initial = Pep(PepOccasion.Initial, PepStatus.Draft, "2026-01-15");

        PepPlan plan = PepSchedule.OnEnteredCare(Born, Date("2025-12-15"), [initial], Scope);

        Assert.Null(plan.Create);
        Assert.Empty(plan.Supersede);
    }

    [Fact]
    public void A_change_of_school_makes_a_new_pep_due_10_working_days_later_and_supersedes_an_open_review()
    {
        PepSummary review = Pep(PepOccasion.TermlyReview, PepStatus.Draft, "2027-03-12", term: "Spring 2027");
        PepSummary done = Pep(PepOccasion.Initial, PepStatus.Completed, "2026-10-01", "2026-09-30");

        PepPlan plan = PepSchedule.OnSchoolChanged(Born, Date("2027-03-25"), [review, done], Deadlines, Scope);

        Assert.Equal(new DuePep(PepOccasion.ChangeOfSchool, PepForm.SchoolAge, Date("2027-04-12")), plan.Create);
        Assert.Equal([review.Id], plan.Supersede);
    }

    [Fact]
    public void An_open_initial_pep_covers_a_change_of_school()
    {
        PepSummary initial = Pep(PepOccasion.Initial, PepStatus.Submitted, "2026-01-15");

        PepPlan plan = PepSchedule.OnSchoolChanged(Born, Date("2026-01-05"), [initial], Deadlines, Scope);

        Assert.Null(plan.Create);
        Assert.Empty(plan.Supersede);
        Assert.Equal("the open Initial PEP (due 15 Jan 2026) is held with the new school", plan.NothingBecause);
    }

    [Fact]
    public void A_second_or_corrected_change_of_school_moves_the_open_change_of_school_pep()
    {
        PepSummary change = Pep(PepOccasion.ChangeOfSchool, PepStatus.Draft, "2027-04-12");

        PepPlan plan = PepSchedule.OnSchoolChanged(Born, Date("2027-04-01"), [change], Deadlines, Scope);

        Assert.Null(plan.Create);
        Assert.Equal((change.Id, Date("2027-04-15")), plan.Redate); // Easter is over by Thu 1 Apr
        Assert.Null(PepSchedule.OnSchoolChanged(Born, Date("2027-03-25"), [change], Deadlines, Scope).Redate); // the same change again
    }

    [Fact]
    public void A_term_makes_a_review_due_by_its_deadline()
    {
        PepPlan plan = PepSchedule.ForTerm(Born, Spring2026, TermDeadlines, [], Scope);

        Assert.Equal(new DuePep(PepOccasion.TermlyReview, PepForm.SchoolAge, Date("2026-03-13"), "Spring 2026"), plan.Create);
    }

    [Fact]
    public void No_review_is_due_while_a_pep_is_open()
    {
        PepSummary initial = Pep(PepOccasion.Initial, PepStatus.Returned, "2026-01-15");

        Assert.Null(PepSchedule.ForTerm(Born, Spring2026, TermDeadlines, [initial], Scope).Create);
    }

    [Theory]
    [InlineData("2026-01-05", false)] // completed on the term's first day: it is this term's PEP
    [InlineData("2026-03-20", false)] // completed in the term, after the deadline
    [InlineData("2026-01-02", true)]  // completed in the Christmas holiday before the term
    public void A_pep_completed_in_the_term_counts_as_its_review(string completedOn, bool reviewDue)
    {
        PepSummary change = Pep(PepOccasion.ChangeOfSchool, PepStatus.Completed, "2026-01-09", completedOn);

        Assert.Equal(reviewDue, PepSchedule.ForTerm(Born, Spring2026, TermDeadlines, [change], Scope).Create is not null);
    }

    [Fact]
    public void A_term_gets_its_review_once()
    {
        PepSummary closed = Pep(PepOccasion.TermlyReview, PepStatus.Closed, "2026-03-13", term: "Spring 2026");

        Assert.Null(PepSchedule.ForTerm(Born, Spring2026, TermDeadlines, [closed], Scope).Create);
    }

    [Theory]
    [InlineData("2023-03-13", true)]  // 3 on the deadline, 13 Mar 2026
    [InlineData("2023-03-14", false)] // 3 the day after
    public void A_child_gets_a_review_if_they_need_a_pep_on_its_deadline(string born, bool due)
    {
        PepPlan plan = PepSchedule.ForTerm(Date(born), Spring2026, TermDeadlines, [], Scope);

        Assert.Equal(due, plan.Create is not null);
        Assert.Equal(due ? PepKind.EarlyYears : null, plan.Create?.Kind);
    }

    [Fact]
    public void A_summer_review_is_due_for_a_young_person_in_their_last_term_of_year_13()
    {
        PepPlan plan = PepSchedule.ForTerm(Date("2008-08-31"), Summer2026, TermDeadlines, [], Scope); // Summer is due on its last day, 22 Jul 2026

        Assert.Equal(new DuePep(PepOccasion.TermlyReview, PepForm.Post16, Date("2026-07-22"), "Summer 2026"), plan.Create);
        Assert.Null(PepSchedule.ForTerm(Date("2008-08-31"), Autumn2026, TermDeadlines, [], Scope).Create);
    }
}
