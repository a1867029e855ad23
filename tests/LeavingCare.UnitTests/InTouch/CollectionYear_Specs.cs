using CorporateParenting.Reporting;
using static LeavingCare.UnitTests.Given;

namespace LeavingCare.UnitTests.InTouch;

/// <summary>docs/leaving-care.md §7.3.2: the collection year runs from 1 April to 31 March and is named "2025-26".</summary>
public sealed class CollectionYear_Specs
{
    [Fact]
    public void Year_2025_26_runs_from_1_april_2025_to_31_march_2026()
    {
        var year = Year("2025-26");

        Assert.Equal((Date("2025-04-01"), Date("2026-03-31"), 2026), (year.Start, year.End, year.EndYear));
    }

    [Theory]
    [InlineData("2025-26")]
    [InlineData("1999-00")]
    [InlineData("2009-10")]
    public void The_name_reads_back_as_it_was_written(string name) => Assert.Equal(name, Year(name).ToString());

    [Theory]
    [InlineData("2025-27")]
    [InlineData("2025/26")]
    [InlineData("25-26")]
    [InlineData("2025-2026")]
    [InlineData(" 2025-26")]
    [InlineData("+025-26")]
    [InlineData("0000-01")]
    [InlineData("")]
    public void Anything_but_four_digits_a_hyphen_and_the_next_years_two_is_refused(string name) =>
        Assert.False(CollectionYear.TryParse(name, out _));

    [Theory]
    [InlineData("2025-03-31", "2024-25")]
    [InlineData("2025-04-01", "2025-26")]
    [InlineData("2025-12-31", "2025-26")]
    [InlineData("2026-01-01", "2025-26")]
    [InlineData("2026-03-31", "2025-26")]
    [InlineData("2026-04-01", "2026-27")]
    public void The_year_containing_a_day_turns_over_on_1_april(string day, string expected) =>
        Assert.Equal(expected, CollectionYear.Containing(Date(day)).Name);

    [Theory]
    [InlineData("2025-03-31", false)]
    [InlineData("2025-04-01", true)]
    [InlineData("2026-03-31", true)]
    [InlineData("2026-04-01", false)]
    public void Both_the_first_and_the_last_day_are_in_the_year(string day, bool expected) =>
        Assert.Equal(expected, Year("2025-26").Contains(Date(day)));
}
