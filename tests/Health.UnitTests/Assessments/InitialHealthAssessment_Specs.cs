using CorporateParenting.Calendar;
using Health.Domain;
using static Health.UnitTests.Given;

namespace Health.UnitTests.Assessments;

public sealed class InitialHealthAssessment_Specs
{
    private static readonly InitialHealthAssessment Rule = new(WorkingDayCalendar.EnglandAndWales);

    [Fact]
    public void An_entry_to_care_opens_an_iha_due_20_working_days_later_with_the_request_due_after_5() =>
        Assert.Equal(
            new InitialHealthAssessment.Deadlines(Date("2026-03-02"), Date("2026-03-30"), Date("2026-03-09")),
            Rule.OnEntryToCare(Date("2026-03-02"), "C2", periodEndedOn: null));

    [Theory]
    [InlineData("V3")]
    [InlineData("V4")]
    public void An_agreed_series_of_short_breaks_opens_none(string legalStatus)
    {
        Assert.True(InitialHealthAssessment.IsShortBreaks(legalStatus));
        Assert.Null(Rule.OnEntryToCare(Date("2026-03-02"), legalStatus, periodEndedOn: null));
    }

    [Theory]
    [InlineData("V2")]
    [InlineData("C2")]
    [InlineData("E1")]
    public void Other_legal_statuses_are_not_short_breaks(string legalStatus)
    {
        Assert.False(InitialHealthAssessment.IsShortBreaks(legalStatus));
        Assert.NotNull(Rule.OnEntryToCare(Date("2026-03-02"), legalStatus, periodEndedOn: null));
    }

    [Theory]
    [InlineData("2026-03-02")]
    [InlineData("2026-03-10")]
    public void A_period_whose_end_has_already_arrived_opens_none(string endedOn) =>
        Assert.Null(Rule.OnEntryToCare(Date("2026-03-02"), "C2", Date(endedOn)));

    [Fact]
    public void A_leap_day_entry_counts_working_days_through_march() =>
        Assert.Equal(
            new InitialHealthAssessment.Deadlines(Date("2028-02-29"), Date("2028-03-28"), Date("2028-03-07")),
            Rule.OnEntryToCare(Date("2028-02-29"), "C2", periodEndedOn: null));

    [Fact]
    public void Bank_holidays_are_not_working_days() =>
        // Christmas Day, Boxing Day (substitute Mon 28 Dec) and New Year's Day skipped.
        Assert.Equal(
            new InitialHealthAssessment.Deadlines(Date("2026-12-18"), Date("2027-01-20"), Date("2026-12-29")),
            Rule.OnEntryToCare(Date("2026-12-18"), "C2", periodEndedOn: null));

    [Fact]
    public void The_request_deadline_follows_the_configured_working_days()
    {
        var rule = new InitialHealthAssessment(WorkingDayCalendar.EnglandAndWales, 10);
        Assert.Equal(Date("2025-12-31"), rule.OnEntryToCare(Date("2025-12-15"), "C2", periodEndedOn: null)!.RequestToProviderDueOn);
    }
}
