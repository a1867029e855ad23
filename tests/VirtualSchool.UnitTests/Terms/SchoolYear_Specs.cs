using VirtualSchool.Domain.Terms;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Terms;

public sealed class SchoolYear_Specs
{
    [Fact]
    public void Runs_from_1_september_to_31_august_and_is_named_by_both_years()
    {
        var year = new SchoolYear(2025);

        Assert.Equal(Date("2025-09-01"), year.Start);
        Assert.Equal(Date("2026-08-31"), year.End);
        Assert.Equal("2025/26", year.Name);
        Assert.Equal("2025/26", year.ToString());
    }

    [Theory]
    [InlineData(1999, "1999/00")]
    [InlineData(2009, "2009/10")]
    [InlineData(2099, "2099/00")]
    public void The_name_keeps_two_digits_across_a_century(int startYear, string name) =>
        Assert.Equal(name, new SchoolYear(startYear).Name);

    [Theory]
    [InlineData("2025-08-31", 2024)]
    [InlineData("2025-09-01", 2025)]
    [InlineData("2025-12-31", 2025)]
    [InlineData("2026-01-01", 2025)]
    [InlineData("2026-02-28", 2025)]
    [InlineData("2024-02-29", 2023)]
    [InlineData("2026-08-31", 2025)]
    public void The_year_containing_a_date(string date, int startYear)
    {
        SchoolYear year = SchoolYear.Containing(Date(date));

        Assert.Equal(new SchoolYear(startYear), year);
        Assert.True(year.Contains(Date(date)));
    }

    [Fact]
    public void Contains_both_ends_and_nothing_outside()
    {
        var year = new SchoolYear(2025);

        Assert.True(year.Contains(Date("2025-09-01")));
        Assert.True(year.Contains(Date("2026-08-31")));
        Assert.False(year.Contains(Date("2025-08-31")));
        Assert.False(year.Contains(Date("2026-09-01")));
    }
}
