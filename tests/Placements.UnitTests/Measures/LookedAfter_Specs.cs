using CorporateParenting.Reporting;
using Placements.Domain;
using static Placements.UnitTests.Given;
using static Placements.UnitTests.Measures.Cohort;

namespace Placements.UnitTests.Measures;

public sealed class LookedAfter_Specs
{
    [Fact]
    public void A_child_entering_on_the_day_is_looked_after_and_one_leaving_that_day_is_not()
    {
        var inCare = LookedAfterSince("2024-01-10");
        var enteringOnTheDay = LookedAfterSince("2025-03-31");
        var leavingOnTheDay = LookedAfterSince("2024-06-01");
        leavingOnTheDay.EndCare(Date("2025-03-31"), "E4A");
        var enteringTheDayAfter = LookedAfterSince("2025-04-01");
        var onShortBreaks = LookedAfterSince("2024-01-10", legalStatus: "V3");
        var leftEarlier = LookedAfterSince("2024-06-01");
        leftEarlier.EndCare(Date("2024-12-01"), "E13");

        var measures = Measure(YearEnding31March2025(childPopulation: 1_000),
            Child(inCare), Child(enteringOnTheDay), Child(leavingOnTheDay), Child(enteringTheDayAfter), Child(onShortBreaks), Child(leftEarlier));

        Assert.Equal(2, measures.LookedAfter);
        Assert.Equal(20, measures.RatePer10000); // 2 × 10,000 / 1,000
    }

    [Theory]
    [InlineData(1, 20_000, 1)] // 0.5 rounds away from zero (banker's rounding would give 0)
    [InlineData(3, 7_000, 4)] // 4.29
    [InlineData(2, 3_000, 7)] // 6.67
    [InlineData(3, 20_000, 2)] // 1.5
    public void The_rate_per_10000_children_is_rounded_to_a_whole_number_halves_up(int lookedAfter, int population, int rate)
    {
        var children = Enumerable.Range(0, lookedAfter).Select(_ => Child(LookedAfterSince("2024-01-10"))).ToArray();

        var measures = Measure(YearEnding31March2025(population), children);

        Assert.Equal(rate, measures.RatePer10000);
    }

    [Fact]
    public void An_earlier_date_sees_the_placement_the_child_was_in_then()
    {
        var history = LookedAfterSince("2024-01-10");
        history.ChangePlacement(Date("2025-04-10"), ChildrensHome(), "CARPL");

        var measures = Measure(YearEnding31March2025(), Child(history));

        Assert.Equal(1, measures.LookedAfter);
        Assert.Equal(new Dictionary<string, int> { ["U6"] = 1 }, measures.PlacementTypes);
    }

    [Fact]
    public void An_empty_cohort_gives_zeros_and_no_division_by_zero()
    {
        var measures = Measure(YearEnding31March2025());

        Assert.Equal(0, measures.LookedAfter);
        Assert.Equal(0, measures.RatePer10000);
        Assert.Equal(new Proportion(0, 0), measures.PlacedOutsideOurArea);
        Assert.Equal(0, measures.ThreeOrMorePlacements.RoundedPercent);
        Assert.Empty(measures.PlacementTypes);
        Assert.Empty(measures.ExitsByReason);
    }

    [Fact]
    public void Parameters_that_cannot_give_a_measure_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Measure(YearEnding31March2025(childPopulation: 0)));
        Assert.Throws<ArgumentException>(() => Measure(new MeasureParameters(Date("2025-03-31"), Date("2025-04-01"), 50_000, Derby)));
        Assert.Throws<ArgumentException>(() => Measure(new MeasureParameters(Date("2025-03-31"), Date("2024-04-01"), 50_000, "831")));
    }
}
