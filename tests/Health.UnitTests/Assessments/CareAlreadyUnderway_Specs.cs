using CorporateParenting.Calendar;
using Health.Domain;
using static Health.UnitTests.Given;

namespace Health.UnitTests.Assessments;

/// <summary>docs/health.md §8: the first item of a period Health learns of from Placements' record, not from ChildEnteredCare.</summary>
public sealed class CareAlreadyUnderway_Specs
{
    private static readonly CareAlreadyUnderway Rule = new(new InitialHealthAssessment(WorkingDayCalendar.EnglandAndWales), WorkingDayCalendar.EnglandAndWales);

    [Fact]
    public void Care_that_began_years_before_opens_the_health_history_to_be_recorded_due_20_working_days_after_the_rebuild() =>
        // Tue 1 Dec 2026 + 20 working days: Christmas Day and Boxing Day (a Saturday, so Mon 28 Dec) skipped.
        Assert.Equal(
            FirstHealthItem.HistoryToRecord(Date("2019-05-13"), Date("2026-12-31")),
            Rule.FirstItem(Date("2019-05-13"), "C2", periodEndedOn: null, learntOn: Date("2026-12-01")));

    [Fact]
    public void Care_that_began_last_week_opens_the_iha_exactly_as_an_entry_to_care_would()
    {
        var iha = new InitialHealthAssessment(WorkingDayCalendar.EnglandAndWales).OnEntryToCare(Date("2026-11-24"), "C2", periodEndedOn: null)!;

        Assert.Equal(FirstHealthItem.Initial(iha), Rule.FirstItem(Date("2026-11-24"), "C2", periodEndedOn: null, learntOn: Date("2026-12-01")));
        Assert.Equal((Date("2026-12-22"), Date("2026-12-01")), (iha.DueOn, iha.RequestToProviderDueOn));
    }

    [Fact]
    public void Care_that_began_on_the_day_of_the_rebuild_opens_the_iha() =>
        Assert.Equal(AssessmentKind.Initial, Rule.FirstItem(Date("2026-12-01"), "C2", periodEndedOn: null, learntOn: Date("2026-12-01"))!.Kind);

    [Fact]
    public void Care_that_began_exactly_20_working_days_before_opens_the_iha_due_that_day() =>
        // Mon 2 Mar 2026 + 20 working days = Mon 30 Mar 2026.
        Assert.Equal(
            new FirstHealthItem(AssessmentKind.Initial, Date("2026-03-02"), Date("2026-03-30"), Date("2026-03-09")),
            Rule.FirstItem(Date("2026-03-02"), "C2", periodEndedOn: null, learntOn: Date("2026-03-30")));

    [Fact]
    public void Care_that_began_21_working_days_before_opens_the_history_counted_past_easter() =>
        // Tue 31 Mar 2026 + 20 working days skips Good Friday (3 Apr) and Easter Monday (6 Apr): Thu 30 Apr 2026.
        Assert.Equal(
            FirstHealthItem.HistoryToRecord(Date("2026-03-02"), Date("2026-04-30")),
            Rule.FirstItem(Date("2026-03-02"), "C2", periodEndedOn: null, learntOn: Date("2026-03-31")));

    [Theory]
    // Mon 15 Dec 2025: the IHA is due Thu 15 Jan 2026, 25 and 26 December and 1 January not counted.
    [InlineData("2026-01-14", AssessmentKind.Initial)]
    [InlineData("2026-01-15", AssessmentKind.Initial)]
    [InlineData("2026-01-16", AssessmentKind.HistoryToRecord)]
    public void Over_christmas_bank_holidays_are_not_counted(string learntOn, AssessmentKind expected) =>
        Assert.Equal(expected, Rule.FirstItem(Date("2025-12-15"), "C2", periodEndedOn: null, learntOn: Date(learntOn))!.Kind);

    [Theory]
    // Sat 20 Dec 2025: due Wed 21 Jan 2026.
    [InlineData("2026-01-21", AssessmentKind.Initial)]
    [InlineData("2026-01-22", AssessmentKind.HistoryToRecord)]
    public void A_saturday_start_counts_from_the_next_working_day(string learntOn, AssessmentKind expected) =>
        Assert.Equal(expected, Rule.FirstItem(Date("2025-12-20"), "C2", periodEndedOn: null, learntOn: Date(learntOn))!.Kind);

    [Fact]
    public void A_rebuild_on_the_weekend_after_the_deadline_opens_the_history_never_an_overdue_iha()
    {
        // Fri 6 Mar 2026 + 20 working days = Tue 7 Apr 2026 (Good Friday and Easter Monday skipped); learnt of on Sat 11 Apr.
        var item = Rule.FirstItem(Date("2026-03-06"), "C2", periodEndedOn: null, learntOn: Date("2026-04-11"))!;

        Assert.Equal(AssessmentKind.HistoryToRecord, item.Kind);
        Assert.Equal(Date("2026-05-11"), item.DueOn); // from Sat 11 Apr: Mon 13 Apr is the first of 20, May Day (4 May) skipped
    }

    [Fact]
    public void A_history_item_learnt_of_before_christmas_is_due_after_the_new_year() =>
        // Fri 18 Dec 2026 + 20 working days: 25 Dec, 28 Dec (Boxing Day's substitute) and 1 Jan skipped.
        Assert.Equal(Date("2027-01-20"), Rule.FirstItem(Date("2024-02-29"), "C2", periodEndedOn: null, learntOn: Date("2026-12-18"))!.DueOn);

    [Theory]
    [InlineData("V3")]
    [InlineData("V4")]
    public void Short_breaks_open_nothing_however_long_ago_they_began(string legalStatus)
    {
        Assert.Null(Rule.FirstItem(Date("2020-01-06"), legalStatus, periodEndedOn: null, learntOn: Date("2026-12-01")));
        Assert.Null(Rule.FirstItem(Date("2026-11-30"), legalStatus, periodEndedOn: null, learntOn: Date("2026-12-01")));
    }

    [Theory]
    [InlineData("2020-01-06", "2021-07-30")]
    [InlineData("2026-11-24", "2026-11-30")]
    public void A_period_that_has_ended_opens_nothing(string startedOn, string endedOn) =>
        Assert.Null(Rule.FirstItem(Date(startedOn), "C2", Date(endedOn), learntOn: Date("2026-12-01")));

    [Fact]
    public void Between_them_the_iha_and_the_history_are_the_first_items_of_a_period() =>
        Assert.Equal([AssessmentKind.Initial, AssessmentKind.HistoryToRecord], FirstHealthItem.Kinds);

    [Theory]
    [InlineData("V3", new string[0], true)]
    [InlineData("V3", new[] { "V4" }, true)]
    [InlineData("V3", new[] { "V4", "C2" }, false)]
    [InlineData("C2", new string[0], false)]
    [InlineData("C2", new[] { "V3" }, false)]
    public void Short_breaks_as_the_events_would_have_left_the_flag(string atStart, string[] atLaterPlacements, bool expected) =>
        Assert.Equal(expected, CareAlreadyUnderway.IsShortBreaks(atStart, atLaterPlacements));
}
