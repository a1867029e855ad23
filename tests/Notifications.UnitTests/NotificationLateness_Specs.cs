using CorporateParenting.Calendar;
using Notifications.Domain;
using Notifications.Domain.Outbound;

namespace Notifications.UnitTests;

/// <summary>Convention 9 (docs/conventions.md) at its edges: the start day itself, bank holidays, weekends, leap days.</summary>
public sealed class NotificationLateness_Specs
{
    private static readonly NotificationLateness Lateness = new(new NoticeDeadlines(WorkingDayCalendar.EnglandAndWales));

    [Theory]
    [InlineData("2026-09-01", "2026-08-20", false)] // well before the start
    [InlineData("2026-09-01", "2026-09-01", false)] // on the start day itself
    [InlineData("2026-09-01", "2026-09-02", true)]  // the day after
    [InlineData("2028-02-29", "2028-02-29", false)] // a leap-day start
    [InlineData("2028-02-29", "2028-03-01", true)]
    public void A_planned_placement_notice_is_late_once_received_after_the_start(string start, string received, bool late)
    {
        Assert.Equal(late, Lateness.IsLate(Day(start), isEmergency: false, Day(received)));
    }

    [Theory]
    // Mon 7 Sep 2026: five working days are Tue 8 to Mon 14 (the weekend skipped).
    [InlineData("2026-09-07", "2026-09-14", false)]
    [InlineData("2026-09-07", "2026-09-15", true)]
    // Wed 23 Dec 2026: Thu 24, Tue 29, Wed 30, Thu 31, Mon 4 Jan 2027 — Christmas Day (Fri), Boxing Day's substitute
    // (Mon 28), New Year's Day (Fri 1 Jan) and two weekends skipped.
    [InlineData("2026-12-23", "2027-01-04", false)]
    [InlineData("2026-12-23", "2027-01-05", true)]
    // Mon 28 Feb 2028 in a leap year: Tue 29 Feb, Wed 1, Thu 2, Fri 3 and Mon 6 March.
    [InlineData("2028-02-28", "2028-03-06", false)]
    [InlineData("2028-02-28", "2028-03-07", true)]
    // Thu 2 Apr 2026, before Easter: Good Friday (3rd) and Easter Monday (6th) skipped — Tue 7 to Mon 13 April.
    [InlineData("2026-04-02", "2026-04-13", false)]
    [InlineData("2026-04-02", "2026-04-14", true)]
    // A placement made on a Saturday: the count starts with the next working day.
    [InlineData("2026-09-05", "2026-09-11", false)]
    [InlineData("2026-09-05", "2026-09-14", true)]
    public void An_emergency_placement_notice_is_late_after_five_working_days(string start, string received, bool late)
    {
        Assert.Equal(late, Lateness.IsLate(Day(start), isEmergency: true, Day(received)));
    }

    [Fact]
    public void A_notice_received_before_an_emergency_placement_started_is_on_time()
    {
        Assert.False(Lateness.IsLate(Day("2026-09-07"), isEmergency: true, Day("2026-09-01")));
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");
}
