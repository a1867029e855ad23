using CorporateParenting.Calendar;
using Notifications.Domain.Outbound;

namespace Notifications.UnitTests.Outbound;

/// <summary>docs/out-of-area.md §14: of the notices owed to host authorities whose deadline fell in a period, how many were sent by it.</summary>
public sealed class NoticesSentOnTime_Specs
{
    private static readonly NoticeDeadlines Deadlines = new(WorkingDayCalendar.EnglandAndWales);

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static OwedNotice Notice(string due, string? sent = null) => new(Day(due), sent is null ? null : Day(sent));

    [Fact]
    public void A_notice_sent_on_the_day_due_is_on_time_and_one_sent_the_day_after_is_late()
    {
        var figures = NoticesSentOnTime.Measure([Notice("2026-09-07", "2026-09-07"), Notice("2026-09-07", "2026-09-08"), Notice("2026-09-07", "2026-09-01")],
            Day("2026-09-01"), Day("2026-09-30"));

        Assert.Equal((2, 1, 0, 3, 3), (figures.OnTime, figures.Late, figures.Pending, figures.Due, figures.Decided));
    }

    [Fact]
    public void Only_notices_due_from_the_first_to_the_last_day_of_the_period_are_counted()
    {
        var figures = NoticesSentOnTime.Measure(
            [Notice("2026-08-31", "2026-08-31"), Notice("2026-09-01", "2026-09-01"), Notice("2026-09-30", "2026-09-29"), Notice("2026-10-01", "2026-10-01")],
            Day("2026-09-01"), Day("2026-09-30"));

        Assert.Equal((2, 0, 0), (figures.OnTime, figures.Late, figures.Pending));
    }

    [Fact]
    public void An_unsent_notice_is_late_from_the_day_after_it_was_due_and_pending_on_the_day_itself()
    {
        var notices = new[] { Notice("2026-09-29"), Notice("2026-09-30") };

        var figures = NoticesSentOnTime.Measure(notices, Day("2026-09-01"), Day("2026-09-30"));

        Assert.Equal((0, 1, 1, 2, 1), (figures.OnTime, figures.Late, figures.Pending, figures.Due, figures.Decided));
    }

    [Fact]
    public void A_notice_sent_after_the_period_ended_had_not_been_sent_as_the_period_stood()
    {
        // Due on the last day and sent on time that day is on time; sent the day after, it was pending on the last day.
        var figures = NoticesSentOnTime.Measure([Notice("2026-09-30", "2026-09-30"), Notice("2026-09-30", "2026-10-01"), Notice("2026-09-15", "2026-10-01")],
            Day("2026-09-01"), Day("2026-09-30"));

        Assert.Equal((1, 1, 1), (figures.OnTime, figures.Late, figures.Pending));
    }

    [Fact]
    public void An_emergency_placement_on_christmas_eve_has_until_the_fifth_working_day_after_the_bank_holidays()
    {
        var due = Deadlines.PlacementNoticeDue(Day("2026-12-24"), isEmergency: true); // Tue 5 Jan 2027: 25, 28 Dec and 1 Jan skipped

        Assert.Equal(NoticeStanding.OnTime, NoticesSentOnTime.StandingOn(new OwedNotice(due, Day("2027-01-05")), Day("2027-01-31")));
        Assert.Equal(NoticeStanding.Late, NoticesSentOnTime.StandingOn(new OwedNotice(due, Day("2027-01-06")), Day("2027-01-31")));
        Assert.Equal(NoticeStanding.Pending, NoticesSentOnTime.StandingOn(new OwedNotice(due, null), Day("2027-01-04")));
        Assert.Equal(NoticeStanding.Late, NoticesSentOnTime.StandingOn(new OwedNotice(due, null), Day("2027-01-06")));
    }

    [Fact]
    public void An_unplanned_end_across_easter_is_counted_in_the_month_its_deadline_falls_in()
    {
        var due = Deadlines.EndNoticeDue(Day("2026-04-01"), wasPlanned: false); // Fri 17 Apr 2026: Good Friday and Easter Monday skipped

        var march = NoticesSentOnTime.Measure([new OwedNotice(due, Day("2026-04-17"))], Day("2026-03-01"), Day("2026-03-31"));
        var april = NoticesSentOnTime.Measure([new OwedNotice(due, Day("2026-04-17"))], Day("2026-04-01"), Day("2026-04-30"));

        Assert.Equal(0, march.Due);
        Assert.Equal((1, 0), (april.OnTime, april.Late));
    }

    [Fact]
    public void A_notice_due_on_the_29th_of_february_belongs_to_february_of_a_leap_year()
    {
        var february = NoticesSentOnTime.Measure([Notice("2028-02-29", "2028-03-01")], Day("2028-02-01"), Day("2028-02-29"));
        var march = NoticesSentOnTime.Measure([Notice("2028-02-29", "2028-03-01")], Day("2028-03-01"), Day("2028-03-31"));

        Assert.Equal((0, 0, 1), (february.OnTime, february.Late, february.Pending)); // still pending on the 29th
        Assert.Equal(0, march.Due);
        Assert.Equal(NoticeStanding.Late, NoticesSentOnTime.StandingOn(Notice("2028-02-29", "2028-03-01"), Day("2028-03-31")));
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NoticesSentOnTime.Measure([], Day("2026-09-30"), Day("2026-09-01")));
}
