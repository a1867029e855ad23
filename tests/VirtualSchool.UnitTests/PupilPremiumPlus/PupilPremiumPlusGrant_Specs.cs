using VirtualSchool.Domain;
using VirtualSchool.Domain.PupilPremiumPlus;
using static VirtualSchool.UnitTests.PupilPremiumPlus.Ledgers;

namespace VirtualSchool.UnitTests.PupilPremiumPlus;

public sealed class PupilPremiumPlusGrant_Specs
{
    [Fact]
    public void Ten_eligible_children_at_2630_with_130_retained_each()
    {
        var grant = PupilPremiumPlusGrant.For(Year2025To26, 10, PupilPremiumPlusRates.Default, Pounds(130));

        Assert.Equal(Pounds(2_630), grant.RatePerChild);
        Assert.Equal(Pounds(26_300), grant.Total);
        Assert.Equal(Pounds(1_300), grant.Retained);
        Assert.Equal(Pounds(25_000), grant.ForSchools);
        Assert.Equal(Pounds(2_500), grant.PerChildBudget);
    }

    [Fact]
    public void Uses_the_rate_of_its_own_year()
    {
        var grant = PupilPremiumPlusGrant.For(new FinancialYear(2024), 3, PupilPremiumPlusRates.Default, Money.Zero);

        Assert.Equal(Pounds(7_710), grant.Total);
        Assert.Equal(Pounds(2_570), grant.PerChildBudget);
    }

    [Fact]
    public void No_eligible_children_is_no_grant() =>
        Assert.Equal(Money.Zero, PupilPremiumPlusGrant.For(Year2025To26, 0, PupilPremiumPlusRates.Default, Pounds(130)).Total);

    [Fact]
    public void A_year_without_a_rate_is_refused() =>
        Assert.StartsWith(
            "No Pupil Premium Plus rate is configured for 2026-27.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => PupilPremiumPlusGrant.For(new FinancialYear(2026), 10, PupilPremiumPlusRates.Default, Money.Zero)).Message);

    [Theory]
    [InlineData(2_630.01)]
    [InlineData(-1)]
    public void A_retained_share_outside_0_and_the_rate_is_refused(decimal retained) =>
        Assert.Equal(
            $"The retained share per child ({Pounds(retained)}) must be between £0 and the 2025-26 rate (£2,630).",
            Assert.Throws<VirtualSchoolRuleViolation>(() => PupilPremiumPlusGrant.For(Year2025To26, 10, PupilPremiumPlusRates.Default, Pounds(retained))).Message);
}
