using CorporateParenting.Calendar;
using Notifications.Domain.Outbound;

namespace Notifications.UnitTests.Outbound;

/// <summary>docs/out-of-area.md §2–§3: notices to the area authority, due before a placement, 5 working days after an emergency one, 10 after an unplanned end.</summary>
public sealed class NoticeDeadlines_Specs
{
    private static readonly NoticeDeadlines Deadlines = new(WorkingDayCalendar.EnglandAndWales);

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-09-07", false, "2026-09-07")] // planned: by the start day
    [InlineData("2026-12-24", true, "2027-01-05")]  // emergency on Christmas Eve: Christmas, Boxing Day's substitute and New Year skipped
    [InlineData("2026-09-05", true, "2026-09-11")]  // an emergency on a Saturday: counted from the Monday
    [InlineData("2028-02-28", true, "2028-03-06")]  // across a leap day
    public void A_placement_notice_is_due_by_the_start_or_five_working_days_after_an_emergency(string start, bool emergency, string due) =>
        Assert.Equal(Day(due), Deadlines.PlacementNoticeDue(Day(start), emergency));

    [Theory]
    [InlineData("2027-12-22", false, "2028-01-10")] // the worked example: Christmas and New Year substitutes on the Monday and Tuesday
    [InlineData("2027-06-04", true, "2027-06-04")]  // planned: notice of the intention before it ends
    [InlineData("2026-04-01", false, "2026-04-17")] // across Easter: Thu 2, then Good Friday and Easter Monday skipped, Tue 7 … Fri 17
    public void An_end_notice_is_due_before_a_planned_end_or_ten_working_days_after_an_unplanned_one(string end, bool planned, string due) =>
        Assert.Equal(Day(due), Deadlines.EndNoticeDue(Day(end), planned));

    [Fact]
    public void A_notice_is_overdue_from_the_day_after_it_was_due()
    {
        Assert.False(NoticeDeadlines.IsOverdue(Day("2028-01-10"), Day("2028-01-10")));
        Assert.True(NoticeDeadlines.IsOverdue(Day("2028-01-10"), Day("2028-01-11")));
    }
}
