using CorporateParenting.Reporting;

namespace VirtualSchool.UnitTests.Reporting;

/// <summary>The shared Board suppression rule (shared/CorporateParenting.Reporting); no Reporting test project exists yet.</summary>
public sealed class SmallNumbers_Specs
{
    [Theory]
    [InlineData(0, 5, "0")]     // zero discloses nothing
    [InlineData(1, 5, "c")]
    [InlineData(4, 5, "c")]
    [InlineData(5, 5, "5")]     // the threshold itself is shown
    [InlineData(1234, 5, "1234")]
    [InlineData(1, 1, "1")]     // a threshold of 1 suppresses nothing
    [InlineData(1, 0, "1")]
    [InlineData(9, 10, "c")]
    public void Shows_a_count_or_c_below_the_threshold(int count, int threshold, string shown) =>
        Assert.Equal(shown, SmallNumbers.Show(count, threshold));

    [Theory]
    [InlineData(10, 40, 5, "25%")]
    [InlineData(0, 40, 5, "0%")]   // no one: zero is shown
    [InlineData(40, 40, 5, "100%")]
    [InlineData(2, 40, 5, "c")]    // the numerator is small
    [InlineData(3, 4, 5, "c")]     // both are small
    [InlineData(0, 4, 5, "c")]     // the denominator is small: 0 of 4 would still single out a group of four
    [InlineData(5, 5, 5, "100%")]
    [InlineData(1, 8, 1, "13%")]   // 12.5% rounds away from zero, as Proportion does
    [InlineData(0, 0, 5, "z")]     // no one to count: not applicable
    public void Shows_a_rate_or_c_when_either_part_is_suppressed(int numerator, int denominator, int threshold, string shown) =>
        Assert.Equal(shown, SmallNumbers.ShowRate(numerator, denominator, threshold));

    [Fact]
    public void Negative_counts_and_rates_above_the_whole_are_errors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallNumbers.Show(-1, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallNumbers.Show(1, -5));
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallNumbers.ShowRate(-1, 10, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallNumbers.ShowRate(11, 10, 5));
    }

    [Theory]
    [InlineData(0, 5, false)]
    [InlineData(1, 5, true)]
    [InlineData(4, 5, true)]
    [InlineData(5, 5, false)]
    public void Says_whether_a_count_is_suppressed(int count, int threshold, bool suppressed) =>
        Assert.Equal(suppressed, SmallNumbers.IsSuppressed(count, threshold));
}
