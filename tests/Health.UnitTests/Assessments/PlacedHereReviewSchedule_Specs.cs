using CorporateParenting.Calendar;
using Health.Domain;

namespace Health.UnitTests.Assessments;

public sealed class PlacedHereReviewSchedule_Specs
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    // The notification gives the last assessment: convention 4 from that day, 12 months at 5 and over, 6 under 5.
    [InlineData("2015-06-01", "2026-03-10", "2026-09-01", "2027-03-10")]
    [InlineData("2023-01-15", "2026-03-10", "2026-09-01", "2026-09-10")]
    // Assessed on the 5th birthday itself: already 5, so 12 months.
    [InlineData("2021-03-10", "2026-03-10", "2026-09-01", "2027-03-10")]
    // A day missing from the target month becomes its last day; a leap year's February has 29.
    [InlineData("2023-01-15", "2027-08-31", "2027-09-01", "2028-02-29")]
    public void With_the_last_assessment_the_review_follows_convention_4(string born, string last, string placed, string due)
    {
        Assert.Equal(Day(due), PlacedHereReviewSchedule.FirstReviewDue(Day(born), Day(last), Day(placed), Calendar));
    }

    [Theory]
    // No last assessment: 20 working days after arrival, the arrival day not counted.
    [InlineData("2026-09-01", "2026-09-29")]
    // Over Christmas and New Year 2026–27: 25 and 28 December and 1 January are not working days.
    [InlineData("2026-12-14", "2027-01-14")]
    public void Without_one_the_review_is_due_within_the_IHA_window_after_arrival(string placed, string due)
    {
        Assert.Equal(Day(due), PlacedHereReviewSchedule.FirstReviewDue(Day("2015-06-01"), null, Day(placed), Calendar));
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");
}
