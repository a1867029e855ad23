using CorporateParenting.Reporting;
using VirtualSchool.Domain;
using VirtualSchool.Domain.PupilPremiumPlus;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.PupilPremiumPlus;

public sealed class FinancialYear_Specs
{
    [Fact]
    public void Runs_from_1_april_to_31_march_and_is_named_with_a_hyphen()
    {
        var year = new FinancialYear(2025);

        Assert.Equal(Date("2025-04-01"), year.Start);
        Assert.Equal(Date("2026-03-31"), year.End);
        Assert.Equal("2025-26", year.Name);
        Assert.Equal("2025-26", year.ToString());
        Assert.Equal("2099-00", new FinancialYear(2099).Name);
    }

    [Theory]
    [InlineData("2025-03-31", 2024)]
    [InlineData("2025-04-01", 2025)]
    [InlineData("2025-12-31", 2025)]
    [InlineData("2026-01-01", 2025)]
    [InlineData("2024-02-29", 2023)]
    [InlineData("2026-03-31", 2025)]
    public void The_year_containing_a_date(string date, int startYear)
    {
        FinancialYear year = FinancialYear.Containing(Date(date));

        Assert.Equal(new FinancialYear(startYear), year);
        Assert.True(year.Contains(Date(date)));
    }

    [Fact]
    public void Contains_both_ends_and_nothing_outside()
    {
        var year = new FinancialYear(2025);

        Assert.True(year.Contains(Date("2025-04-01")));
        Assert.True(year.Contains(Date("2026-03-31")));
        Assert.False(year.Contains(Date("2025-03-31")));
        Assert.False(year.Contains(Date("2026-04-01")));
    }

    [Fact]
    public void Is_the_same_span_as_the_903_collection_year_ending_the_next_march()
    {
        var year = new FinancialYear(2024);

        Assert.Equal(new CollectionYear(2025), year.CollectionYear);
        Assert.Equal(year.Start, year.CollectionYear.Start);
        Assert.Equal(year.End, year.CollectionYear.End);
    }

    [Theory]
    [InlineData("2025-26", 2025)]
    [InlineData("2023-24", 2023)]
    [InlineData("1999-00", 1999)]
    public void Parses_its_name(string name, int startYear) =>
        Assert.Equal(new FinancialYear(startYear), FinancialYear.Parse(name));

    [Theory]
    [InlineData("2025/26")]
    [InlineData("2025-27")]
    [InlineData("25-26")]
    [InlineData("2025-2026")]
    [InlineData("")]
    public void Refuses_anything_else_saying_how_to_write_it(string name)
    {
        var refusal = Assert.Throws<VirtualSchoolRuleViolation>(() => FinancialYear.Parse(name));

        Assert.Contains("write it as \"2025-26\"", refusal.Message);
    }
}
