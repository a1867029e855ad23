using static Placements.UnitTests.Given;
using static Placements.UnitTests.Measures.Cohort;

namespace Placements.UnitTests.Measures;

public sealed class EntriesAndExits_Specs
{
    [Fact]
    public void Entries_and_exits_count_children_once_within_the_period_including_both_end_days()
    {
        var enteredOnTheFirstDay = LookedAfterSince("2024-04-01");
        var inAndOutBeforeThePeriod = LookedAfterSince("2024-03-01");
        inAndOutBeforeThePeriod.EndCare(Date("2024-03-31"), "E4A");
        var leftOnTheFirstDay = LookedAfterSince("2023-05-01", placement: PlacedForAdoption());
        leftOnTheFirstDay.EndCare(Date("2024-04-01"), "E11");
        var twiceInAndOut = LookedAfterSince("2024-05-01");
        twiceInAndOut.EndCare(Date("2024-07-01"), "E4A");
        twiceInAndOut.EnterCare(Date("2024-09-01"), "C1", "N1", Foster());
        twiceInAndOut.EndCare(Date("2025-03-31"), "E13");
        var enteredOnTheLastDay = LookedAfterSince("2025-03-31");
        var shortBreaksOnly = LookedAfterSince("2024-06-01", legalStatus: "V3");
        shortBreaksOnly.EndCare(Date("2024-06-05"), "E8");

        var measures = Measure(YearEnding31March2025(),
            Child(enteredOnTheFirstDay), Child(inAndOutBeforeThePeriod), Child(leftOnTheFirstDay),
            Child(twiceInAndOut), Child(enteredOnTheLastDay), Child(shortBreaksOnly));

        Assert.Equal(3, measures.Entries); // first day, twice in and out (once), last day
        Assert.Equal(2, measures.Exits); // left on the first day, twice in and out (once)
        Assert.Equal(new Dictionary<string, int> { ["E11"] = 1, ["E13"] = 1 }, measures.ExitsByReason);
    }

    [Fact]
    public void Exits_are_broken_down_by_the_reason_care_ended()
    {
        var adopted = LookedAfterSince("2022-01-10", placement: PlacedForAdoption());
        adopted.EndCare(Date("2024-11-20"), "E11");
        var alsoAdopted = LookedAfterSince("2022-01-10", placement: PlacedForAdoption());
        alsoAdopted.EndCare(Date("2025-01-15"), "E11");
        var specialGuardianship = LookedAfterSince("2022-01-10");
        specialGuardianship.EndCare(Date("2024-08-30"), "E45");
        var home = LookedAfterSince("2024-05-01");
        home.EndCare(Date("2024-05-20"), "E4A");

        var measures = Measure(YearEnding31March2025(), Child(adopted), Child(alsoAdopted), Child(specialGuardianship), Child(home));

        Assert.Equal(4, measures.Exits);
        Assert.Equal(new Dictionary<string, int> { ["E11"] = 2, ["E45"] = 1, ["E4A"] = 1 }, measures.ExitsByReason);
        Assert.Equal(1, measures.Entries);
        Assert.Equal(0, measures.LookedAfter);
    }
}
