using Health.Domain;
using static Health.UnitTests.Given;

namespace Health.UnitTests.Assessments;

public sealed class ReviewHealthAssessmentSchedule_Specs
{
    [Theory]
    [InlineData("2021-09-01", "2026-03-10", "2026-09-10")] // aged 4
    [InlineData("2021-09-01", "2026-09-10", "2027-09-10")] // aged 5
    [InlineData("2021-06-16", "2026-06-15", "2026-12-15")] // aged 4, the 5th birthday is the next day
    [InlineData("2021-06-15", "2026-06-15", "2027-06-15")] // aged 5 on the birthday itself
    [InlineData("2021-03-01", "2025-08-31", "2026-02-28")] // aged 4, end of month
    public void Health_md_examples(string dateOfBirth, string lastAssessment, string nextDue) =>
        Assert.Equal(Date(nextDue), ReviewHealthAssessmentSchedule.NextDue(Date(dateOfBirth), Date(lastAssessment)));

    [Theory]
    [InlineData("2023-08-31", "2024-02-29")] // aged 3: six months lands on a leap day
    [InlineData("2024-08-31", "2025-02-28")] // aged 4: clamped to the end of a common February
    [InlineData("2024-02-29", "2024-08-29")] // aged 4, assessed on a leap day
    [InlineData("2025-02-27", "2025-08-27")] // the day before the 5th birthday (28 Feb in a common year)
    [InlineData("2025-02-28", "2026-02-28")] // the 5th birthday of a 29 February child
    [InlineData("2028-02-29", "2029-02-28")] // aged 8 on a leap day: 12 months later is 28 Feb
    public void A_child_born_on_29_february_2020(string lastAssessment, string nextDue) =>
        Assert.Equal(Date(nextDue), ReviewHealthAssessmentSchedule.NextDue(Date("2020-02-29"), Date(lastAssessment)));

    [Fact]
    public void A_newborn_assessed_on_the_day_of_birth_is_reviewed_6_months_later() =>
        Assert.Equal(Date("2026-07-31"), ReviewHealthAssessmentSchedule.NextDue(Date("2026-01-31"), Date("2026-01-31")));

    [Fact]
    public void A_due_date_may_fall_at_a_weekend() =>
        Assert.Equal(DayOfWeek.Saturday, ReviewHealthAssessmentSchedule.NextDue(Date("2021-03-01"), Date("2025-08-31")).DayOfWeek);

    [Fact]
    public void An_assessment_before_birth_is_an_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewHealthAssessmentSchedule.NextDue(Date("2021-03-01"), Date("2021-02-28")));
}
