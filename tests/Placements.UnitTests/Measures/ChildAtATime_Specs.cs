using Placements.Domain;
using static Placements.UnitTests.Given;
using static Placements.UnitTests.Measures.Cohort;

namespace Placements.UnitTests.Measures;

/// <summary>The calculation fed a child at a time, as a national cohort is read a page at a time.</summary>
public sealed class ChildAtATime_Specs
{
    [Fact]
    public void Children_added_one_at_a_time_give_the_whole_cohorts_figures_and_figures_taken_earlier_stay_as_they_were()
    {
        var stays = LookedAfterSince("2024-01-10");
        var movedAway = LookedAfterSince("2024-01-10");
        movedAway.ChangePlacement(Date("2024-09-01"), ChildrensHome(Derbyshire), "CARPL");
        var wentHome = LookedAfterSince("2024-05-01");
        wentHome.EndCare(Date("2024-07-01"), "E4A");
        ChildCareRecord[] cohort =
        [
            Child(stays, Worker("2024-01-10", "2024-06-01"), Worker("2024-06-01", "2024-10-01"), Worker("2024-10-01")),
            Child(movedAway),
            Child(wentHome),
        ];
        var calculator = new PlacementMeasuresCalculator(YearEnding31March2025());

        calculator.Add(cohort[0]);
        var afterOne = calculator.Measures();
        calculator.Add(cohort[1]);
        calculator.Add(cohort[2]);

        Assert.Equal(Figures(Measure(YearEnding31March2025(), cohort)), Figures(calculator.Measures()));
        Assert.Equal("2 0 1 1 [E4A, 1] [K2, 1],[U6, 1] 1/2 0/2 0/0 1/2", Figures(calculator.Measures()));
        Assert.Equal("1 0 0 0  [U6, 1] 0/1 0/1 0/0 1/1", Figures(afterOne));
    }

    [Fact]
    public void Parameters_that_cannot_be_measured_are_refused_before_any_child_is_added() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlacementMeasuresCalculator(YearEnding31March2025(childPopulation: 0)));

    private static string Figures(PlacementMeasures m) => string.Join(' ',
        m.LookedAfter, m.RatePer10000, m.Entries, m.Exits, string.Join(',', m.ExitsByReason), string.Join(',', m.PlacementTypes),
        Of(m.PlacedOutsideOurArea), Of(m.ThreeOrMorePlacements), Of(m.LongTermStability), Of(m.ThreeOrMoreSocialWorkers));

    private static string Of(CorporateParenting.Reporting.Proportion p) => $"{p.Numerator}/{p.Denominator}";
}
