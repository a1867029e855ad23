using CorporateParenting.Reporting;
using Placements.Domain;
using static Placements.UnitTests.Given;
using static Placements.UnitTests.Measures.Cohort;

namespace Placements.UnitTests.Measures;

public sealed class ThreeOrMorePlacements_Specs
{
    [Fact]
    public void Placements_in_the_12_months_count_the_one_held_on_1_april_and_each_new_one()
    {
        // Three: the placement held on 1 April 2024 (it ended on 2 April), then two more.
        var movedOn2April = LookedAfterSince("2023-01-10");
        movedOn2April.ChangePlacement(Date("2024-04-02"), ChildrensHome(), "CARPL");
        movedOn2April.ChangePlacement(Date("2024-10-01"), Foster("U4"), "CARPL");

        // Two: the first placement ended on 1 April, so the child was never in it during the year.
        var movedOn1April = LookedAfterSince("2023-01-10");
        movedOn1April.ChangePlacement(Date("2024-04-01"), ChildrensHome(), "CARPL");
        movedOn1April.ChangePlacement(Date("2024-10-01"), Foster("U4"), "CARPL");

        // One: a holiday and back to the same carers, then a legal status change.
        var holidayAndBack = LookedAfterSince("2024-05-01");
        holidayAndBack.ChangePlacement(Date("2024-08-01"), Temporary("T2"), null, Carers.Same);
        holidayAndBack.ChangePlacement(Date("2024-08-15"), Foster(), null, Carers.Same);
        holidayAndBack.ChangeLegalStatus(Date("2024-09-01"), "C1");

        // Three: hospital and the return from it are not counted, but the home they went to afterwards is.
        var hospitalThenElsewhere = LookedAfterSince("2024-05-01");
        hospitalThenElsewhere.ChangePlacement(Date("2024-08-01"), Temporary("T1"), null);
        hospitalThenElsewhere.ChangePlacement(Date("2024-08-15"), Foster(), null);
        hospitalThenElsewhere.ChangePlacement(Date("2024-08-16"), ChildrensHome(), "CARPL");
        hospitalThenElsewhere.ChangePlacement(Date("2025-01-10"), Foster("U4"), "CARPL");

        // Three across two periods of care.
        var backInCare = LookedAfterSince("2023-06-01");
        backInCare.EndCare(Date("2024-06-30"), "E4A");
        backInCare.EnterCare(Date("2024-09-01"), "C1", "N1", Foster());
        backInCare.ChangePlacement(Date("2025-01-01"), ChildrensHome(), "CREQB");

        // Three, the last starting on the day itself.
        var movedOnTheDay = LookedAfterSince("2024-05-01");
        movedOnTheDay.ChangePlacement(Date("2024-10-01"), ChildrensHome(), "CARPL");
        movedOnTheDay.ChangePlacement(Date("2025-03-31"), Foster("U4"), "CHILD");

        // Three placements, but no longer looked after on 31 March: in neither count.
        var left = LookedAfterSince("2024-05-01");
        left.ChangePlacement(Date("2024-06-01"), ChildrensHome(), "CARPL");
        left.ChangePlacement(Date("2024-07-01"), Foster("U4"), "CARPL");
        left.EndCare(Date("2025-03-31"), "E4A");

        var measures = Measure(YearEnding31March2025(),
            Child(movedOn2April), Child(movedOn1April), Child(holidayAndBack), Child(hospitalThenElsewhere),
            Child(backInCare), Child(movedOnTheDay), Child(left));

        Assert.Equal(new Proportion(4, 6), measures.ThreeOrMorePlacements);
        Assert.Equal(67, measures.ThreeOrMorePlacements.RoundedPercent);
    }

    [Fact]
    public void Changes_of_placement_with_the_same_carers_count_as_placements()
    {
        var history = LookedAfterSince("2024-05-01", placement: Foster("U6"));
        history.ChangePlacement(Date("2024-09-01"), Foster("U4"), "PLACE", Carers.Same);
        history.ChangeLegalStatusAndPlacement(Date("2025-01-06"), "E1", Foster("A5"), "CARPL", Carers.Same);

        var measures = Measure(YearEnding31March2025(), Child(history));

        Assert.Equal(new Proportion(1, 1), measures.ThreeOrMorePlacements);
    }

    [Fact]
    public void Two_placements_are_not_enough()
    {
        var history = LookedAfterSince("2024-05-01");
        history.ChangePlacement(Date("2024-09-01"), ChildrensHome(), "CARPL");

        var measures = Measure(YearEnding31March2025(), Child(history));

        Assert.Equal(new Proportion(0, 1), measures.ThreeOrMorePlacements);
    }
}
