using VirtualSchool.Domain;
using VirtualSchool.Domain.PupilPremiumPlus;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.PupilPremiumPlus;

public sealed class PupilPremiumPlusEligibility_Specs
{
    private static readonly FinancialYear Year2025To26 = new(2025);

    /// <summary>In care throughout 2025-26.</summary>
    private static readonly CarePeriod[] InCareAllYear = [new(Date("2023-06-01"))];

    private static EligibilityDecision Decide(string dateOfBirth, params CarePeriod[] periods) =>
        PupilPremiumPlusEligibility.Decide(Year2025To26, Date(dateOfBirth), periods.Length == 0 ? InCareAllYear : periods);

    private static CarePeriod Care(string start, string? end = null) => new(Date(start), end is null ? null : Date(end));

    [Theory]
    [InlineData("2021-08-31", 4)] // 4 on the day itself: the youngest in Reception
    [InlineData("2020-09-01", 4)]
    [InlineData("2009-09-01", 15)] // 16 the next day
    [InlineData("2010-08-31", 15)]
    [InlineData("2020-02-29", 5)]
    [InlineData("2012-02-29", 13)]
    public void Aged_4_to_15_on_31_august_2025_counts_for_2025_26(string dateOfBirth, int age)
    {
        EligibilityDecision decision = Decide(dateOfBirth);

        Assert.True(decision.IsEligible);
        Assert.Empty(decision.ReasonsNotEligible);
        Assert.Equal(age, decision.AgeOnReferenceDay);
        Assert.Equal(Date("2025-08-31"), decision.ReferenceDay);
    }

    [Fact]
    public void Aged_3_on_31_august_is_too_young()
    {
        EligibilityDecision decision = Decide("2021-09-01");

        Assert.False(decision.IsEligible);
        Assert.Equal(["Aged 3 on 31 Aug 2025: PP+ is for children aged 4 to 15 on that day."], decision.ReasonsNotEligible);
    }

    [Fact]
    public void Turning_16_on_31_august_is_too_old()
    {
        EligibilityDecision decision = Decide("2009-08-31");

        Assert.False(decision.IsEligible);
        Assert.Equal(16, decision.AgeOnReferenceDay);
        Assert.Equal(["Aged 16 on 31 Aug 2025: PP+ is for children aged 4 to 15 on that day."], decision.ReasonsNotEligible);
    }

    [Fact]
    public void A_child_born_on_29_february_2008_turned_16_on_29_february_2024_so_is_too_old_for_2024_25()
    {
        EligibilityDecision decision = PupilPremiumPlusEligibility.Decide(new FinancialYear(2024), Date("2008-02-29"), InCareAllYear);

        Assert.False(decision.IsEligible);
        Assert.Equal(16, decision.AgeOnReferenceDay);
    }

    [Fact]
    public void A_child_born_on_29_february_2012_is_4_on_31_august_2016_in_2016_17()
    {
        // Birthdays on 28 Feb in common years (docs/calendar.md §4); 31 August is never moved by it.
        EligibilityDecision decision = PupilPremiumPlusEligibility.Decide(new FinancialYear(2016), Date("2012-02-29"), [new(Date("2015-01-01"))]);

        Assert.True(decision.IsEligible);
        Assert.Equal(4, decision.AgeOnReferenceDay);
    }

    [Fact]
    public void A_child_born_after_31_august_is_not_yet_4_and_has_no_age_that_day()
    {
        EligibilityDecision decision = Decide("2025-09-01");

        Assert.Null(decision.AgeOnReferenceDay);
        Assert.Equal(["Not born by 31 Aug 2025: PP+ is for children aged 4 to 15 on that day."], decision.ReasonsNotEligible);
    }

    [Theory]
    [InlineData("2026-03-31", null)] // came into care on the last day of the year
    [InlineData("2024-01-10", "2025-04-01")] // left care on its first day
    [InlineData("2025-04-01", "2025-04-01")] // one day, the first
    [InlineData("2026-03-31", "2026-03-31")] // one day, the last
    [InlineData("2020-01-01", null)]
    public void One_day_looked_after_in_the_year_is_enough(string start, string? end) =>
        Assert.True(Decide("2015-05-05", Care(start, end)).IsEligible);

    [Theory]
    [InlineData("2024-01-10", "2025-03-31")] // left the day before the year
    [InlineData("2026-04-01", null)] // came into care the day after it
    public void Care_wholly_outside_the_year_does_not_count(string start, string? end)
    {
        EligibilityDecision decision = Decide("2015-05-05", Care(start, end));

        Assert.False(decision.IsEligible);
        Assert.Equal(["Not looked after on any day of 2025-26 (1 Apr 2025 to 31 Mar 2026)."], decision.ReasonsNotEligible);
    }

    [Fact]
    public void Any_of_several_periods_of_care_may_touch_the_year() =>
        Assert.True(Decide("2015-05-05", Care("2022-01-01", "2023-01-01"), Care("2025-12-25", "2026-01-02")).IsEligible);

    [Fact]
    public void No_periods_of_care_at_all_and_the_wrong_age_give_both_reasons()
    {
        EligibilityDecision decision = PupilPremiumPlusEligibility.Decide(Year2025To26, Date("2005-01-01"), []);

        Assert.Equal(
            [
                "Not looked after on any day of 2025-26 (1 Apr 2025 to 31 Mar 2026).",
                "Aged 20 on 31 Aug 2025: PP+ is for children aged 4 to 15 on that day.",
            ],
            decision.ReasonsNotEligible);
    }

    [Theory]
    [InlineData("2020-09-01", true, false)] // 4 on 31 Aug 2025, 3 on 31 Aug 2024
    [InlineData("2009-08-31", false, true)] // 16 on 31 Aug 2025, 15 on 31 Aug 2024
    [InlineData("2020-02-29", true, true)] // 5, and 4 on 31 Aug 2024
    public void The_31_august_before_the_year_can_be_configured_instead(string dateOfBirth, bool inYear, bool beforeYear)
    {
        Assert.Equal(inYear, PupilPremiumPlusEligibility.Decide(Year2025To26, Date(dateOfBirth), InCareAllYear).IsEligible);

        EligibilityDecision before = PupilPremiumPlusEligibility.Decide(
            Year2025To26, Date(dateOfBirth), InCareAllYear, AgeReferenceDay.ThirtyFirstAugustBeforeYear);
        Assert.Equal(beforeYear, before.IsEligible);
        Assert.Equal(Date("2024-08-31"), before.ReferenceDay);
    }

    [Fact]
    public void A_period_of_care_ending_before_it_starts_is_refused() =>
        Assert.Equal(
            "A period of care ends (1 May 2025) before it starts (2 May 2025): correct it first.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => Decide("2015-05-05", Care("2025-05-02", "2025-05-01"))).Message);
}
