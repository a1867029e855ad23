using System.Diagnostics;
using Placements.Domain;
using static Placements.UnitTests.Given;
using static Placements.UnitTests.Measures.Cohort;

namespace Placements.UnitTests.Measures;

public sealed class NationalScale_Specs
{
    [Fact]
    public void A_cohort_the_size_of_england_is_measured_well_inside_two_seconds()
    {
        // 84,000 children, each with four placements and three social workers; every fourth moved out of area.
        var children = new ChildCareRecord[84_000];
        var firstDay = Date("2022-01-03");
        for (int i = 0; i < children.Length; i++)
        {
            var entered = firstDay.AddDays(i % 700);
            var history = new CareHistory(Date("2012-01-01").AddDays(i % 1500), Derby);
            history.EnterCare(entered, "C2", "N1", Foster());
            history.ChangePlacement(Date("2024-05-01"), ChildrensHome(), "CARPL");
            history.ChangeLegalStatus(Date("2024-07-01"), "C1");
            history.ChangePlacement(Date("2024-09-01"), Foster("U4"), "CARPL");
            history.ChangePlacement(Date("2025-01-01"), i % 4 == 0 ? ChildrensHome() : Foster("U5"), "CARPL");
            children[i] = Child(history, Worker("2022-01-03", "2024-06-01"), Worker("2024-06-01", "2024-12-01"), Worker("2024-12-01"));
        }

        var clock = Stopwatch.StartNew();
        var measures = PlacementMeasuresCalculator.Calculate(children, YearEnding31March2025(childPopulation: 12_000_000));
        clock.Stop();

        Assert.Equal(84_000, measures.LookedAfter);
        Assert.Equal(70, measures.RatePer10000);
        Assert.Equal(new Proportion(21_000, 84_000), measures.PlacedOutsideOurArea);
        Assert.Equal(new Proportion(84_000, 84_000), measures.ThreeOrMorePlacements);
        Assert.Equal(new Proportion(84_000, 84_000), measures.ThreeOrMoreSocialWorkers);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Took {clock.Elapsed.TotalMilliseconds:F0} ms.");
    }
}
