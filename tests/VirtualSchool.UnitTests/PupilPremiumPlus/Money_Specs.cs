using VirtualSchool.Domain;
using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.UnitTests.PupilPremiumPlus;

public sealed class Money_Specs
{
    [Fact]
    public void Is_held_in_whole_pence()
    {
        Assert.Equal(new Money(263_000), Money.FromPounds(2_630));
        Assert.Equal(new Money(1_250), Money.FromPounds(12.5m));
        Assert.Equal(12.5m, new Money(1_250).Pounds);
    }

    [Fact]
    public void A_fraction_of_a_penny_is_refused() =>
        Assert.Contains("fraction of a penny", Assert.Throws<VirtualSchoolRuleViolation>(() => Money.FromPounds(0.125m)).Message);

    [Fact]
    public void Adds_subtracts_multiplies_and_compares_exactly()
    {
        Money rate = Money.FromPounds(2_630);

        Assert.Equal(Money.FromPounds(26_300), rate * 10);
        Assert.Equal(Money.FromPounds(2_130), rate - Money.FromPounds(500));
        Assert.Equal(Money.FromPounds(0.3m), Money.FromPounds(0.1m) + Money.FromPounds(0.2m));
        Assert.Equal(Money.FromPounds(-5), -Money.FromPounds(5));
        Assert.True(rate > Money.FromPounds(2_629.99m));
        Assert.Equal(Money.FromPounds(400), Money.Min(rate, Money.FromPounds(400)));
    }

    [Theory]
    [InlineData(263_000, "£2,630")]
    [InlineData(1_250, "£12.50")]
    [InlineData(-500, "-£5")]
    [InlineData(0, "£0")]
    [InlineData(123_456_789, "£1,234,567.89")]
    public void Reads_as_staff_write_it(long pence, string shown) => Assert.Equal(shown, new Money(pence).ToString());
}
