using LeavingCare.Domain.PathwayPlans;
using static LeavingCare.UnitTests.Given;

namespace LeavingCare.UnitTests.PathwayPlans;

/// <summary>docs/leaving-care.md §5: the needs assessment and the six-monthly reviews, in calendar months.</summary>
public sealed class PathwayPlanDeadlines_Specs
{
    [Theory]
    [InlineData("2009-05-31", "2025-05-31", "2025-08-31")] // eligible on the 16th birthday
    [InlineData("2009-11-30", "2025-11-30", "2026-02-28")] // no 30 February: the month's last day
    [InlineData("2009-03-10", "2025-03-11", "2025-06-11")] // example B: eligible the day after the 16th birthday
    [InlineData("2009-06-01", "2025-07-31", "2025-10-31")] // example A: eligible on the 91st day, after the 16th birthday
    [InlineData("2008-02-29", "2024-02-29", "2024-05-29")] // a leap-day 16th birthday
    [InlineData("2009-06-01", "2025-01-01", "2025-09-01")] // counted from the 16th birthday when "eligible" is given earlier
    public void The_needs_assessment_is_due_3_months_after_the_16th_birthday_or_after_becoming_eligible_if_later(string born, string eligibleFrom, string due) =>
        Assert.Equal(Date(due), PathwayPlanDeadlines.NeedsAssessmentDue(Date(born), Date(eligibleFrom)));

    [Theory]
    [InlineData("2025-08-31", "2026-02-28")]
    [InlineData("2027-08-31", "2028-02-29")] // into a leap February
    [InlineData("2028-02-29", "2028-08-29")]
    [InlineData("2025-12-15", "2026-06-15")] // across the new year
    public void A_review_is_due_6_months_after_the_last_review_or_the_plan(string last, string due) =>
        Assert.Equal(Date(due), PathwayPlanDeadlines.ReviewDue(Date(last)));

    [Theory]
    [InlineData("2025-10-01", "2025-10-01")] // asked for sooner: due when asked
    [InlineData("2026-03-01", "2026-02-28")] // asked for after the six months: the six months stand
    [InlineData("2025-08-31", "2026-02-28")] // asked for on the day of the last review: nothing sooner
    public void A_review_asked_for_sooner_is_due_when_asked(string askedFor, string due) =>
        Assert.Equal(Date(due), PathwayPlanDeadlines.ReviewDue(Date("2025-08-31"), Date(askedFor)));

    [Theory]
    [InlineData("2026-02-28", false)]
    [InlineData("2026-03-01", true)]
    public void A_review_is_overdue_from_the_day_after_it_is_due(string today, bool overdue) =>
        Assert.Equal(overdue, PathwayPlanDeadlines.IsOverdue(Date("2026-02-28"), Date(today)));
}
