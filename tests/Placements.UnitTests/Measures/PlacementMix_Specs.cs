using CorporateParenting.Reporting;
using Placements.Domain;
using static Placements.UnitTests.Given;
using static Placements.UnitTests.Measures.Cohort;

namespace Placements.UnitTests.Measures;

public sealed class PlacementMix_Specs
{
    [Fact]
    public void Placement_types_and_out_of_area_are_taken_from_the_placement_on_the_day()
    {
        var fosteredHere = LookedAfterSince("2024-01-10");
        var fosteredNextDoor = LookedAfterSince("2024-01-10", placement: Foster(authority: Derbyshire, postcode: "S40 1LP"));
        var inAHomeNextDoor = LookedAfterSince("2024-01-10", placement: ChildrensHome(Derbyshire));
        var placedForAdoption = LookedAfterSince("2023-01-10", placement: Foster("A5"), legalStatus: "E1");
        var movedHomeOnTheDay = LookedAfterSince("2024-01-10", placement: Foster(authority: Derbyshire, postcode: "S40 1LP"));
        movedHomeOnTheDay.ChangePlacement(Date("2025-03-31"), Foster("U4"), "CARPL");
        var movesAwayLater = LookedAfterSince("2024-01-10");
        movesAwayLater.ChangePlacement(Date("2025-04-10"), ChildrensHome(Derbyshire), "CARPL");

        var measures = Measure(YearEnding31March2025(),
            Child(fosteredHere), Child(fosteredNextDoor), Child(inAHomeNextDoor), Child(placedForAdoption), Child(movedHomeOnTheDay), Child(movesAwayLater));

        Assert.Equal(new Dictionary<string, int> { ["A5"] = 1, ["K2"] = 1, ["U4"] = 1, ["U6"] = 3 }, measures.PlacementTypes);
        Assert.Equal(new Proportion(2, 6), measures.PlacedOutsideOurArea);
        Assert.Equal(33, measures.PlacedOutsideOurArea.RoundedPercent);
    }

    [Theory]
    [InlineData(1, 8, 13)] // 12.5 rounds up
    [InlineData(2, 3, 67)]
    [InlineData(1, 3, 33)]
    [InlineData(5, 5, 100)]
    [InlineData(0, 0, 0)]
    public void Percentages_are_whole_numbers_with_halves_rounded_up(int numerator, int denominator, int percent) =>
        Assert.Equal(percent, new Proportion(numerator, denominator).RoundedPercent);
}
