using VirtualSchool.Domain;
using VirtualSchool.Domain.Peps;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Peps;

public sealed class PepTimeliness_Specs
{
    private static readonly PepTimelinessOptions Options = new();

    private static PepDueRecord Pep(string dueOn, string? completedOn = null, string? closedOn = null) =>
        new(Date(dueOn), completedOn is null ? null : Date(completedOn), closedOn is null ? null : Date(closedOn));

    [Theory]
    [InlineData("2026-01-14", false)] // before the due date
    [InlineData("2026-01-15", false)] // the due date itself is on time
    [InlineData("2026-01-16", true)]
    [InlineData("2026-06-30", true)]
    public void A_pep_not_completed_is_overdue_from_the_day_after_its_due_date(string day, bool overdue) =>
        Assert.Equal(overdue, Pep("2026-01-15").IsOverdueOn(Date(day)));

    [Theory]
    [InlineData("2026-01-19", false)] // completed that day
    [InlineData("2026-01-18", true)]  // still overdue the day before
    public void A_late_pep_stops_being_overdue_the_day_it_is_completed(string day, bool overdue) =>
        Assert.Equal(overdue, Pep("2026-01-15", completedOn: "2026-01-19").IsOverdueOn(Date(day)));

    [Fact]
    public void A_closed_pep_is_not_overdue_from_its_closing() =>
        Assert.False(Pep("2026-01-15", closedOn: "2026-01-20").IsOverdueOn(Date("2026-01-20")));

    [Fact]
    public void Counts_peps_due_in_the_period_completed_by_their_due_date()
    {
        PepDueRecord[] peps =
        [
            Pep("2026-01-15", "2026-01-15"), // on time: completed on the due date
            Pep("2026-01-20", "2026-01-10"), // on time: early
            Pep("2026-02-02", "2026-02-03"), // late
            Pep("2026-02-10"),               // overdue
            Pep("2026-03-02", closedOn: "2026-03-05"), // closed after its due date: late, not overdue
            Pep("2026-03-06", closedOn: "2026-03-06"), // closed on its due date: not counted
            Pep("2026-03-09"),               // due today: pending
            Pep("2026-03-13"),               // due later in the period: pending
            Pep("2026-01-04", "2026-01-04"), // due before the period: not counted
        ];

        PepTimelinessResult result = PepTimeliness.Measure(peps, Date("2026-01-05"), Date("2026-03-09"), Options);

        Assert.Equal(new PepTimelinessResult(Date("2026-01-05"), Date("2026-03-09"), OnTime: 2, Late: 3, Pending: 1, Overdue: 1, 95m), result);
        Assert.Equal(5, result.Due);
        Assert.Equal(40m, result.Percent);
        Assert.False(result.MeetsTarget);
    }

    [Fact]
    public void Completions_and_closings_after_the_period_end_have_not_happened_yet()
    {
        PepTimelinessResult result = PepTimeliness.Measure(
            [Pep("2026-01-15", "2026-01-20"), Pep("2026-01-16", closedOn: "2026-01-21")], Date("2026-01-05"), Date("2026-01-19"), Options);

        Assert.Equal((0, 2, 2), (result.OnTime, result.Late, result.Overdue));
    }

    [Theory]
    [InlineData(19, true)]  // exactly 95%
    [InlineData(18, false)] // 90%
    public void The_target_is_met_at_95_percent_or_more(int onTime, bool meets)
    {
        PepDueRecord[] peps = [.. Enumerable.Range(0, 20).Select(i => i < onTime ? Pep("2026-01-15", "2026-01-15") : Pep("2026-01-15", "2026-01-16"))];

        Assert.Equal(meets, PepTimeliness.Measure(peps, Date("2026-01-05"), Date("2026-03-27"), Options).MeetsTarget);
    }

    [Fact]
    public void With_nothing_due_there_is_no_percentage()
    {
        PepTimelinessResult result = PepTimeliness.Measure([Pep("2026-03-13")], Date("2026-01-05"), Date("2026-03-09"), Options);

        Assert.Null(result.Percent);
        Assert.Null(result.MeetsTarget);
    }

    [Fact]
    public void The_target_is_configurable_within_0_to_100()
    {
        PepDueRecord[] peps = [Pep("2026-01-15", "2026-01-15"), Pep("2026-01-15")];

        Assert.True(PepTimeliness.Measure(peps, Date("2026-01-05"), Date("2026-03-09"), new PepTimelinessOptions { TargetPercent = 50 }).MeetsTarget);
        Assert.Throws<VirtualSchoolRuleViolation>(() => PepTimeliness.Measure(peps, Date("2026-01-05"), Date("2026-03-09"), new PepTimelinessOptions { TargetPercent = 101 }));
    }

    [Theory]
    [InlineData("2026-02-10", "2026-01-05")] // in the spring term
    [InlineData("2026-04-06", "2026-01-05")] // Easter holiday: still spring, whose deadline may fall in it
    [InlineData("2026-04-13", "2026-04-13")] // the summer term's first day
    public void This_term_runs_from_the_start_of_the_term_or_the_holiday_after_it(string today, string from) =>
        Assert.Equal((Date(from), Date(today)), PepTimeliness.ThisTerm(TermDates, Date(today)));

    [Fact]
    public void This_term_before_any_configured_term_is_refused() =>
        Assert.Throws<VirtualSchoolRuleViolation>(() => PepTimeliness.ThisTerm(TermDates, Date("2025-09-02")));

    [Theory]
    [InlineData("2026-03-09", "2025-09-01")]
    [InlineData("2026-09-01", "2026-09-01")]
    [InlineData("2026-08-31", "2025-09-01")]
    public void The_school_year_to_date_starts_on_1_september(string today, string from) =>
        Assert.Equal((Date(from), Date(today)), PepTimeliness.SchoolYearToDate(Date(today)));
}
