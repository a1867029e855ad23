using VirtualSchool.Domain.Pupils;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Pupils;

public sealed class YearGroupCohort_Specs
{
    [Theory]
    [InlineData(0, "2025-10-01", "2020-09-01", "2021-08-31")]  // Reception in 2025/26
    [InlineData(6, "2026-07-22", "2014-09-01", "2015-08-31")]  // the summer term is still 2025/26
    [InlineData(6, "2026-09-01", "2015-09-01", "2016-08-31")]  // a new school year, a new cohort
    [InlineData(13, "2025-09-01", "2007-09-01", "2008-08-31")]
    [InlineData(-1, "2026-01-05", "2021-09-01", "2022-08-31")] // Nursery
    public void Runs_from_1_september_to_31_august(int yearGroup, string on, string from, string to) =>
        Assert.Equal((Date(from), Date(to)), YearGroupCohort.BirthDates(yearGroup, Date(on)));

    [Theory]
    [InlineData(0, "2025-10-01")]
    [InlineData(6, "2026-02-28")]
    [InlineData(11, "2028-02-29")]
    public void Agrees_with_the_year_group_at_both_ends_and_just_outside(int yearGroup, string on)
    {
        var date = Date(on);
        var (from, to) = YearGroupCohort.BirthDates(yearGroup, date);

        Assert.Equal(yearGroup, SchoolAge.YearGroupOn(from, date));
        Assert.Equal(yearGroup, SchoolAge.YearGroupOn(to, date));
        Assert.Equal(yearGroup + 1, SchoolAge.YearGroupOn(from.AddDays(-1), date));
        Assert.Equal(yearGroup - 1, SchoolAge.YearGroupOn(to.AddDays(1), date));
    }
}
