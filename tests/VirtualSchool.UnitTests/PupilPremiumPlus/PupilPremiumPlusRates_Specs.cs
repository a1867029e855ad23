using VirtualSchool.Domain;
using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.UnitTests.PupilPremiumPlus;

public sealed class PupilPremiumPlusRates_Specs
{
    [Theory]
    [InlineData(2023, 2_530)]
    [InlineData(2024, 2_570)]
    [InlineData(2025, 2_630)]
    public void The_default_rates_per_financial_year(int startYear, int pounds) =>
        Assert.Equal(Money.FromPounds(pounds), PupilPremiumPlusRates.Default.For(new FinancialYear(startYear)).PerChild);

    [Fact]
    public void The_early_years_pupil_premium_is_a_separate_optional_rate()
    {
        Assert.Equal(Money.FromPounds(388), PupilPremiumPlusRates.Default.EarlyYearsFor(new FinancialYear(2024)));

        var refusal = Assert.Throws<VirtualSchoolRuleViolation>(() => PupilPremiumPlusRates.Default.EarlyYearsFor(new FinancialYear(2025)));
        Assert.Equal(
            "No Early Years Pupil Premium rate is configured for 2025-26. Add it to the configuration beside the PP+ rate.",
            refusal.Message);
    }

    [Fact]
    public void A_year_without_a_configured_rate_is_refused_naming_the_years_that_have_one()
    {
        var refusal = Assert.Throws<VirtualSchoolRuleViolation>(() => PupilPremiumPlusRates.Default.For(new FinancialYear(2026)));

        Assert.Equal(
            "No Pupil Premium Plus rate is configured for 2026-27. Add the rate DfE published for 2026-27 to the configuration " +
            "(configured: 2023-24, 2024-25, 2025-26).",
            refusal.Message);
        Assert.Throws<VirtualSchoolRuleViolation>(() => PupilPremiumPlusRates.Default.For(new FinancialYear(2022)));
    }

    [Fact]
    public void Configuration_replaces_the_defaults()
    {
        var rates = new PupilPremiumPlusRates([new(new FinancialYear(2026), Money.FromPounds(2_700))]);

        Assert.Equal(Money.FromPounds(2_700), rates.For(new FinancialYear(2026)).PerChild);
        Assert.Contains("(configured: 2026-27)", Assert.Throws<VirtualSchoolRuleViolation>(() => rates.For(new FinancialYear(2025))).Message);
    }

    [Fact]
    public void A_year_configured_twice_is_refused() =>
        Assert.Equal(
            "The PP+ rate for 2025-26 is configured twice: keep one.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => new PupilPremiumPlusRates(
            [
                new(new FinancialYear(2025), Money.FromPounds(2_630)),
                new(new FinancialYear(2025), Money.FromPounds(2_600)),
            ])).Message);

    [Fact]
    public void A_rate_of_zero_is_refused() =>
        Assert.Throws<VirtualSchoolRuleViolation>(() => new PupilPremiumPlusRates([new(new FinancialYear(2025), Money.Zero)]));
}
