using CorporateParenting.Calendar;
using Notifications.Domain.Acknowledgements;

namespace Notifications.UnitTests.Acknowledgements;

/// <summary>docs/out-of-area.md §12: a sent notice the host has not acknowledged is chased after the working days the authority allows.</summary>
public sealed class AcknowledgementChase_Specs
{
    private static readonly AcknowledgementChase TwoDays = new(WorkingDayCalendar.EnglandAndWales, 2);

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-11-27", "2026-12-01")] // sent on a Friday: Monday and Tuesday, chased from the Tuesday
    [InlineData("2026-11-25", "2026-11-27")] // midweek
    [InlineData("2026-12-24", "2026-12-30")] // Christmas Eve: Christmas and Boxing Day's substitute Monday skipped
    [InlineData("2026-12-31", "2027-01-05")] // across the new year: New Year's Day, the weekend, then Mon 4 and Tue 5
    [InlineData("2028-02-28", "2028-03-01")] // across a leap day: Tue 29 Feb, Wed 1 Mar
    [InlineData("2026-11-28", "2026-12-01")] // sent on a Saturday: counted from the Monday
    public void A_notice_is_chased_from_the_second_working_day_after_it_was_sent(string sent, string chase) =>
        Assert.Equal(Day(chase), TwoDays.ChaseFrom(Day(sent)));

    [Fact]
    public void It_is_due_on_the_chase_day_itself_and_not_the_day_before()
    {
        Assert.False(TwoDays.IsDue(Day("2026-11-27"), Day("2026-11-30")));
        Assert.True(TwoDays.IsDue(Day("2026-11-27"), Day("2026-12-01")));
        Assert.True(TwoDays.IsDue(Day("2026-11-27"), Day("2027-01-04")));
    }

    [Fact]
    public void The_authority_chooses_at_least_one_working_day() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AcknowledgementChase(WorkingDayCalendar.EnglandAndWales, 0));
}
