using CorporateParenting.Reporting;
using Placements.Domain;
using static Placements.UnitTests.Given;
using static Placements.UnitTests.Measures.Cohort;

namespace Placements.UnitTests.Measures;

public sealed class ThreeOrMoreSocialWorkers_Specs
{
    [Fact]
    public void Social_workers_allocated_at_any_time_in_the_12_months_are_counted()
    {
        // Two: the first allocation ended on 1 April, when the second began.
        var handedOverOn1April = Child(LookedAfterSince("2023-01-10"),
            Worker("2023-01-10", "2024-04-01"), Worker("2024-04-01", "2024-09-01"), Worker("2024-09-01"));
        // Three: the first allocation lasted until 2 April.
        var handedOverOn2April = Child(LookedAfterSince("2023-01-10"),
            Worker("2023-01-10", "2024-04-02"), Worker("2024-04-02", "2024-09-01"), Worker("2024-09-01"));
        // Three: the third allocated on 31 March itself.
        var newWorkerOnTheDay = Child(LookedAfterSince("2024-05-01"),
            Worker("2024-05-01", "2024-06-01"), Worker("2024-06-01", "2025-03-31"), Worker("2025-03-31"));
        // Two: the third is not allocated until after 31 March.
        var newWorkerAfterwards = Child(LookedAfterSince("2024-05-01"),
            Worker("2024-05-01", "2024-06-01"), Worker("2024-06-01", "2025-04-01"), Worker("2025-04-01"));
        // Four, but no longer looked after: in neither count.
        var left = LookedAfterSince("2024-05-01");
        left.EndCare(Date("2025-01-01"), "E4A");
        var leftWithFour = Child(left,
            Worker("2024-05-01", "2024-06-01"), Worker("2024-06-01", "2024-07-01"), Worker("2024-07-01", "2024-08-01"), Worker("2024-08-01"));

        var measures = Measure(YearEnding31March2025(), handedOverOn1April, handedOverOn2April, newWorkerOnTheDay, newWorkerAfterwards, leftWithFour);

        Assert.Equal(new Proportion(2, 4), measures.ThreeOrMoreSocialWorkers);
        Assert.Equal(50, measures.ThreeOrMoreSocialWorkers.RoundedPercent);
    }

    [Fact]
    public void A_child_with_no_allocations_is_in_the_denominator_only()
    {
        var measures = Measure(YearEnding31March2025(), Child(LookedAfterSince("2024-05-01")));

        Assert.Equal(new Proportion(0, 1), measures.ThreeOrMoreSocialWorkers);
    }
}
