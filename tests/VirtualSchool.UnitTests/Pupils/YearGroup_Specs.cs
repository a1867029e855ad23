using VirtualSchool.Domain.Pupils;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Pupils;

public sealed class YearGroup_Specs
{
    [Theory]
    [InlineData("2020-09-01", "2025-09-01", 0)]  // oldest in Reception: aged 4 on 31 Aug 2025, 5 the next day
    [InlineData("2021-08-31", "2025-09-01", 0)]  // youngest in Reception: 4th birthday on 31 Aug itself
    [InlineData("2021-09-01", "2025-09-01", -1)] // one day younger: Nursery
    [InlineData("2021-08-31", "2025-08-31", -1)] // the last day before Reception
    [InlineData("2021-08-31", "2026-08-31", 0)]  // the last day of Reception
    [InlineData("2019-09-01", "2025-09-01", 1)]
    [InlineData("2010-03-15", "2025-10-01", 11)]
    [InlineData("2007-09-01", "2025-09-01", 13)] // turns 18 on the first day of Year 13
    [InlineData("2008-08-31", "2026-08-31", 13)] // turns 18 on the last day of Year 13
    [InlineData("2007-08-31", "2025-09-01", 14)]
    [InlineData("2023-01-10", "2025-12-01", -2)]
    public void Follows_age_on_the_31_august_before_the_school_year(string dateOfBirth, string on, int yearGroup) =>
        Assert.Equal(yearGroup, SchoolAge.YearGroupOn(Date(dateOfBirth), Date(on)));

    [Theory]
    [InlineData("2025-01-15", 0)] // aged 4 on 31 Aug 2024
    [InlineData("2025-02-28", 0)] // 5th birthday falls on 28 Feb in a common year
    [InlineData("2025-03-01", 0)]
    [InlineData("2025-09-01", 1)]
    [InlineData("2028-02-29", 3)]
    public void A_child_born_on_29_february_2020(string on, int yearGroup) =>
        Assert.Equal(yearGroup, SchoolAge.YearGroupOn(Date("2020-02-29"), Date(on)));

    [Theory]
    [InlineData("2025-10-10", "2025-10-10", -5)] // born in the school year: not yet 0 on the 31 August before it
    [InlineData("2025-10-10", "2026-09-01", -4)]
    public void A_baby_is_several_years_below_nursery(string dateOfBirth, string on, int yearGroup) =>
        Assert.Equal(yearGroup, SchoolAge.YearGroupOn(Date(dateOfBirth), Date(on)));

    [Fact]
    public void A_date_before_birth_is_an_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SchoolAge.YearGroupOn(Date("2020-02-29"), Date("2020-02-28")));

    [Theory]
    [InlineData(-5, "Pre-nursery")]
    [InlineData(-2, "Pre-nursery")]
    [InlineData(-1, "Nursery")]
    [InlineData(0, "Reception")]
    [InlineData(1, "Year 1")]
    [InlineData(11, "Year 11")]
    [InlineData(13, "Year 13")]
    [InlineData(14, "Beyond Year 13")]
    [InlineData(20, "Beyond Year 13")]
    public void Names_each_year_group(int yearGroup, string name) =>
        Assert.Equal(name, SchoolAge.YearGroupName(yearGroup));
}
