using VirtualSchool.Domain;
using VirtualSchool.Domain.Peps;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Peps;

public sealed class PepScope_Specs
{
    private static readonly PepScopeOptions Default = new();

    [Theory]
    [InlineData("2026-02-14", false)] // the day before the 3rd birthday
    [InlineData("2026-02-15", true)]  // the 3rd birthday
    public void By_default_peps_start_on_the_3rd_birthday(string on, bool needs) =>
        Assert.Equal(needs, PepScope.NeedsPep(Date("2023-02-15"), Date(on), Default));

    [Theory]
    [InlineData("2023-02-27", false)]
    [InlineData("2023-02-28", true)] // 3rd birthday of a leap-day child in a common year
    public void A_child_born_on_29_february_starts_on_28_february_in_a_common_year(string on, bool needs) =>
        Assert.Equal(needs, PepScope.NeedsPep(Date("2020-02-29"), Date(on), Default));

    [Theory]
    [InlineData("2026-08-31", true)]  // 18 on 31 Aug 2026: the last day of the school year in which they turn 18
    [InlineData("2026-09-01", false)]
    public void Born_on_31_august_peps_end_on_the_18th_birthday(string on, bool needs) =>
        Assert.Equal(needs, PepScope.NeedsPep(Date("2008-08-31"), Date(on), Default));

    [Theory]
    [InlineData("2026-09-01", true)]  // 18 on 1 Sep 2026, the first day of their Year 13
    [InlineData("2027-08-31", true)]
    [InlineData("2027-09-01", false)]
    public void Born_on_1_september_peps_run_a_year_past_the_18th_birthday(string on, bool needs) =>
        Assert.Equal(needs, PepScope.NeedsPep(Date("2008-09-01"), Date(on), Default));

    [Theory]
    [InlineData("2023-02-15", PepStartAlignment.Birthday, 3, "2026-02-15")]
    [InlineData("2023-02-15", PepStartAlignment.FundingTerm, 3, "2026-04-01")]
    [InlineData("2023-04-01", PepStartAlignment.FundingTerm, 3, "2026-04-01")] // on the day
    [InlineData("2023-09-02", PepStartAlignment.FundingTerm, 3, "2027-01-01")] // across the new year
    [InlineData("2020-02-29", PepStartAlignment.FundingTerm, 3, "2023-04-01")]
    [InlineData("2023-02-15", PepStartAlignment.SchoolYear, 3, "2025-09-01")]
    [InlineData("2023-09-01", PepStartAlignment.SchoolYear, 3, "2026-09-01")]
    [InlineData("2023-02-15", PepStartAlignment.Birthday, 2, "2025-02-15")]
    [InlineData("2023-02-15", PepStartAlignment.Birthday, 0, "2023-02-15")]
    public void The_start_is_configurable(string born, PepStartAlignment alignment, int age, string starts) =>
        Assert.Equal(Date(starts), PepScope.StartsOn(Date(born), new PepScopeOptions { StartAge = age, Alignment = alignment }));

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void A_start_age_outside_0_to_5_is_refused(int age) =>
        Assert.Throws<VirtualSchoolRuleViolation>(() => PepScope.StartsOn(Date("2023-02-15"), new PepScopeOptions { StartAge = age }));

    [Fact]
    public void The_end_is_the_end_of_year_13() =>
        Assert.Equal(Date("2030-08-31"), PepScope.EndsOn(Date("2012-02-29")));
}
