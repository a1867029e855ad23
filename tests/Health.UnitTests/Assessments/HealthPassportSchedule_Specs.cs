using Health.Domain;
using static Health.UnitTests.Given;

namespace Health.UnitTests.Assessments;

public sealed class HealthPassportSchedule_Specs
{
    [Theory]
    [InlineData("2008-06-15", "2025-12-15", "2026-06-14")]
    [InlineData("2008-08-31", "2026-02-28", "2026-08-30")] // 17½: 31 Aug + 6 months is clamped to 28 Feb
    [InlineData("2008-03-01", "2025-09-01", "2026-02-28")] // the day before a 1 March birthday
    [InlineData("2009-01-01", "2026-07-01", "2026-12-31")] // the deadline falls in the year before the birthday
    public void The_summary_is_due_from_17_and_a_half_and_by_the_day_before_the_18th_birthday(string dateOfBirth, string from, string by)
    {
        Assert.Equal(Date(from), HealthPassportSchedule.DueFrom(Date(dateOfBirth)));
        Assert.Equal(Date(by), HealthPassportSchedule.DueBy(Date(dateOfBirth)));
    }

    [Theory]
    [InlineData("2008-02-29", "2025-08-28", "2026-02-27")] // 17th birthday on 28 Feb 2025, 18th on 28 Feb 2026
    [InlineData("2012-02-29", "2029-08-28", "2030-02-27")]
    public void A_child_born_on_29_february_has_birthdays_on_28_february_in_common_years(string dateOfBirth, string from, string by)
    {
        Assert.Equal(Date(from), HealthPassportSchedule.DueFrom(Date(dateOfBirth)));
        Assert.Equal(Date(by), HealthPassportSchedule.DueBy(Date(dateOfBirth)));
    }

    [Theory]
    [InlineData("2008-06-15")]
    [InlineData("2008-02-29")]
    [InlineData("2008-08-31")]
    public void The_window_is_about_six_months_and_ends_while_the_young_person_is_17(string dateOfBirth)
    {
        var dob = Date(dateOfBirth);

        Assert.True(HealthPassportSchedule.DueFrom(dob) < HealthPassportSchedule.DueBy(dob));
        Assert.Equal(17, CorporateParenting.Calendar.Birthdays.AgeOn(dob, HealthPassportSchedule.DueBy(dob)));
    }
}
