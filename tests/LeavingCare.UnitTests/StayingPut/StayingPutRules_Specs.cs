using LeavingCare.Domain.Status;
using LeavingCare.Domain.StayingPut;
using static LeavingCare.UnitTests.Given;

namespace LeavingCare.UnitTests.StayingPut;

/// <summary>docs/leaving-care.md §6.1: Staying Put follows a foster placement at 18 and ends at 21 at the latest.</summary>
public sealed class StayingPutRules_Specs
{
    // Born 10 March 2008, fostered (U4) from 14 until care ended on the 18th birthday with E17.
    private static CareHistory Fostered(string placement = "U4", string ended = "2026-03-10") =>
        new(Date("2008-03-10"), [new CareEpisode(Date("2022-04-01"), Date(ended), "C2", "E17", placement)]);

    [Theory]
    [InlineData("2026-03-10", null)]
    [InlineData("2029-03-09", null)]
    [InlineData("2026-03-09", "is before the 18th birthday (2026-03-10)")]
    [InlineData("2029-03-10", "is on or after the 21st birthday (2029-03-10)")]
    public void It_begins_on_or_after_the_18th_birthday_and_before_the_21st(string startsOn, string? problem)
    {
        var found = StayingPutRules.ProblemWithStart(Fostered(), Date(startsOn));

        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.StartsWith(problem, found);
        }
    }

    [Theory]
    [InlineData("U1")]
    [InlineData("U6")]
    public void Every_foster_placement_can_be_followed(string placement) =>
        Assert.Null(StayingPutRules.ProblemWithStart(Fostered(placement), Date("2026-03-10")));

    [Fact]
    public void A_childrens_home_on_the_day_before_18_cannot_be_followed() =>
        Assert.Equal("cannot follow placement K2 on 2026-03-09: Staying Put follows a foster placement (U1–U6).",
            StayingPutRules.ProblemWithStart(Fostered("K2"), Date("2026-03-10")));

    [Fact]
    public void A_placement_no_event_named_is_not_held_against_it() =>
        Assert.Null(StayingPutRules.ProblemWithStart(new CareHistory(Date("2008-03-10"), [new CareEpisode(Date("2022-04-01"), Date("2026-03-10"), "C2", "E17")]),
            Date("2026-03-10")));

    [Fact]
    public void Care_that_ended_before_18_cannot_be_followed_even_for_a_former_relevant_young_person()
    {
        var leftAt17 = Fostered(ended: "2025-09-01");

        Assert.Equal(CareLeaverCategory.FormerRelevant, CareLeaverStatus.On(leftAt17, Date("2026-03-10")));
        Assert.StartsWith("cannot follow care that ended before the 18th birthday", StayingPutRules.ProblemWithStart(leftAt17, Date("2026-03-10")));
    }

    [Fact]
    public void A_young_person_who_is_not_former_relevant_cannot_stay_put()
    {
        // In care from 17 years 11 months: not 13 weeks since 14 that end after 16, so not former relevant at 18.
        var shortly = new CareHistory(Date("2008-03-10"), [new CareEpisode(Date("2026-02-01"), Date("2026-03-10"), "V2", "E17", "U4")]);

        Assert.StartsWith("is a day the young person is not former relevant (2026-03-10)", StayingPutRules.ProblemWithStart(shortly, Date("2026-03-10")));
    }

    [Fact]
    public void A_29_February_birthday_turns_18_and_21_on_28_February_in_common_years()
    {
        var leapling = new CareHistory(Date("2008-02-29"), [new CareEpisode(Date("2022-04-01"), Date("2026-02-28"), "C2", "E17", "U6")]);

        Assert.StartsWith("is before the 18th birthday (2026-02-28)", StayingPutRules.ProblemWithStart(leapling, Date("2026-02-27")));
        Assert.Null(StayingPutRules.ProblemWithStart(leapling, Date("2026-02-28")));
        Assert.Equal(Date("2029-02-28"), StayingPutRules.LatestEnd(Date("2008-02-29")));
    }

    [Fact]
    public void It_ends_on_the_day_recorded_or_on_the_21st_birthday_whichever_is_sooner()
    {
        var born = Date("2008-03-10");

        Assert.Equal(Date("2029-03-10"), StayingPutRules.EndsOn(born, null));
        Assert.Equal(Date("2027-06-30"), StayingPutRules.EndsOn(born, Date("2027-06-30")));
        Assert.Equal(Date("2029-03-10"), StayingPutRules.EndsOn(born, Date("2030-01-01")));
        Assert.True(StayingPutRules.Covers(born, Date("2026-03-10"), null, Date("2029-03-09")));
        Assert.False(StayingPutRules.Covers(born, Date("2026-03-10"), null, Date("2029-03-10")));
        Assert.False(StayingPutRules.Covers(born, Date("2026-03-10"), Date("2027-06-30"), Date("2027-06-30")));
        Assert.Equal(Date("2027-06-30"), new StayingPutArrangement(Date("2026-03-10"), PlannedEndOn: Date("2027-06-30")).DueToEndOn(born));
    }
}
