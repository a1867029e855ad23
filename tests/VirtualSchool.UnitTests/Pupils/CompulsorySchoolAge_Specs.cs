using CorporateParenting.Calendar;
using VirtualSchool.Domain.Pupils;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Pupils;

public sealed class CompulsorySchoolAge_Specs
{
    [Theory]
    [InlineData("2020-01-01", "2025-03-31")]
    [InlineData("2020-03-30", "2025-03-31")]
    [InlineData("2020-04-01", "2025-08-31")]
    [InlineData("2020-08-30", "2025-08-31")]
    [InlineData("2020-09-01", "2025-12-31")]
    [InlineData("2020-12-30", "2025-12-31")]
    public void Starts_on_the_prescribed_day_after_the_5th_birthday(string dateOfBirth, string starts) =>
        Assert.Equal(Date(starts), SchoolAge.CompulsorySchoolAgeStarts(Date(dateOfBirth)));

    [Theory]
    [InlineData("2020-03-31", "2025-03-31")]
    [InlineData("2020-08-31", "2025-08-31")]
    [InlineData("2019-12-31", "2024-12-31")]
    public void Starts_on_the_5th_birthday_itself_when_that_is_a_prescribed_day(string dateOfBirth, string starts) =>
        Assert.Equal(Date(starts), SchoolAge.CompulsorySchoolAgeStarts(Date(dateOfBirth)));

    [Theory]
    [InlineData("2020-02-29", "2025-03-31")] // 5th birthday on 28 Feb 2025
    [InlineData("2020-02-28", "2025-03-31")]
    [InlineData("2020-03-01", "2025-03-31")]
    [InlineData("2024-02-29", "2029-03-31")]
    public void Around_29_february(string dateOfBirth, string starts) =>
        Assert.Equal(Date(starts), SchoolAge.CompulsorySchoolAgeStarts(Date(dateOfBirth)));

    [Theory]
    [InlineData("2009-09-01", "2026-06-26")] // turns 16 on the first day of Year 11
    [InlineData("2010-08-31", "2026-06-26")] // turns 16 on the last day of Year 11
    [InlineData("2010-06-26", "2026-06-26")] // turns 16 on the leaving date itself
    [InlineData("2010-07-15", "2026-06-26")] // turns 16 after the leaving date, in the summer holiday
    [InlineData("2010-09-01", "2027-06-25")]
    [InlineData("2008-02-29", "2024-06-28")] // 16th birthday on 29 Feb 2024, a leap year
    [InlineData("2012-02-29", "2028-06-30")] // 30 June 2028 is itself a Friday
    [InlineData("2011-09-01", "2028-06-30")]
    public void Ends_on_the_last_friday_in_june_of_the_school_year_the_child_turns_16(string dateOfBirth, string leavingDate)
    {
        DateOnly leaves = SchoolAge.SchoolLeavingDate(Date(dateOfBirth));

        Assert.Equal(Date(leavingDate), leaves);
        Assert.Equal(DayOfWeek.Friday, leaves.DayOfWeek);
    }

    [Fact]
    public void The_worked_examples_of_docs_virtual_school_3()
    {
        // A child who turns 5 on 10 Feb 2024, and one born on 23 Sep 2007 (IPSEA's examples).
        Assert.Equal(Date("2024-03-31"), SchoolAge.CompulsorySchoolAgeStarts(Date("2019-02-10")));
        Assert.Equal(Date("2024-06-28"), SchoolAge.SchoolLeavingDate(Date("2007-09-23")));
    }

    [Theory]
    [InlineData("2007-09-01", "2026-08-31")] // turns 18 on the first day of Year 13
    [InlineData("2008-08-31", "2026-08-31")] // turns 18 on its last day
    [InlineData("2008-02-29", "2026-08-31")] // 18th birthday on 28 Feb 2026
    [InlineData("2008-09-01", "2027-08-31")]
    [InlineData("2009-09-01", "2028-08-31")]
    [InlineData("2010-08-31", "2028-08-31")]
    [InlineData("2010-07-15", "2028-08-31")]
    [InlineData("2012-02-29", "2030-08-31")] // 18th birthday on 28 Feb 2030
    public void Post_16_runs_to_the_end_of_the_school_year_the_young_person_turns_18(string dateOfBirth, string end) =>
        Assert.Equal(Date(end), SchoolAge.EndOfYear13(Date(dateOfBirth)));

    [Fact]
    public void For_every_date_of_birth_over_five_years_the_boundaries_fall_in_reception_year_11_and_year_13()
    {
        for (DateOnly dateOfBirth = Date("2008-01-01"); dateOfBirth <= Date("2012-12-31"); dateOfBirth = dateOfBirth.AddDays(1))
        {
            DateOnly starts = SchoolAge.CompulsorySchoolAgeStarts(dateOfBirth);
            Assert.Equal(0, SchoolAge.YearGroupOn(dateOfBirth, starts));
            Assert.True(starts >= Birthdays.Nth(dateOfBirth, 5));
            Assert.Equal(11, SchoolAge.YearGroupOn(dateOfBirth, SchoolAge.SchoolLeavingDate(dateOfBirth)));
            Assert.Equal(13, SchoolAge.YearGroupOn(dateOfBirth, SchoolAge.EndOfYear13(dateOfBirth)));
            Assert.Equal(14, SchoolAge.YearGroupOn(dateOfBirth, SchoolAge.EndOfYear13(dateOfBirth).AddDays(1)));
        }
    }
}
