using CorporateParenting.Reporting;

namespace VirtualSchool.UnitTests.Reporting;

/// <summary>The days a Board figure's monthly series is taken on (shared/CorporateParenting.Reporting).</summary>
public sealed class MonthEnds_Specs
{
    [Fact]
    public void A_series_taken_mid_month_ends_with_the_month_before_and_february_ends_on_the_29th_in_a_leap_year() =>
        Assert.Equal([new DateOnly(2028, 1, 31), new DateOnly(2028, 2, 29)], MonthEnds.OnOrBefore(new DateOnly(2028, 3, 15), 2));

    [Fact]
    public void A_series_taken_on_a_month_end_includes_that_month() =>
        Assert.Equal([new DateOnly(2028, 2, 29), new DateOnly(2028, 3, 31)], MonthEnds.OnOrBefore(new DateOnly(2028, 3, 31), 2));

    [Fact]
    public void A_series_taken_on_the_29th_of_february_ends_that_day() =>
        Assert.Equal([new DateOnly(2028, 1, 31), new DateOnly(2028, 2, 29)], MonthEnds.OnOrBefore(new DateOnly(2028, 2, 29), 2));

    [Fact]
    public void February_ends_on_the_28th_outside_a_leap_year_and_the_series_crosses_the_year_end() =>
        Assert.Equal(
            [new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 31), new DateOnly(2027, 2, 28)],
            MonthEnds.OnOrBefore(new DateOnly(2027, 3, 1), 4));

    [Fact]
    public void A_series_of_the_longest_length_is_two_years_of_month_ends_and_none_is_empty()
    {
        var series = MonthEnds.OnOrBefore(new DateOnly(2026, 3, 31), MonthEnds.MaxMonths);
        Assert.Equal((24, new DateOnly(2024, 4, 30), new DateOnly(2026, 3, 31)), (series.Count, series[0], series[^1]));
        Assert.Empty(MonthEnds.OnOrBefore(new DateOnly(2026, 3, 31), 0));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(24, true)]
    [InlineData(25, false)]
    public void Only_0_to_24_months_can_be_asked_for(int months, bool allowed) =>
        Assert.Equal(allowed, MonthEnds.ProblemWith(months) is null);
}
