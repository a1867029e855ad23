using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Care;

public sealed class EndingCare_Specs
{
    [Fact]
    public void Ending_care_closes_the_open_episode_and_the_period()
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "CARPL");

        var ended = history.EndCare(Date("2026-03-31"), "E4A");

        var last = new Episode(Date("2025-09-01"), "P", "C2", "N1", ChildrensHome(), true, null, Date("2026-03-31"), "E4A");
        Assert.Equal(new CareEnded(Date("2026-03-31"), "E4A", last), ended);
        var period = Assert.Single(history.Periods);
        Assert.False(period.IsOpen);
        Assert.Equal(Date("2026-03-31"), period.End);
        Assert.Equal("E4A", period.ReasonCeased);
        Assert.False(history.IsLookedAfter);
        Assert.Null(history.CurrentEpisode);
    }

    [Fact]
    public void A_period_cannot_end_with_a_temporary_placement()
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangePlacement(Date("2025-08-01"), Temporary("T3"), null);

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EndCare(Date("2025-08-10"), "E8"));

        Assert.Equal(
            "A period of care cannot end with a temporary placement (T3); record the move back to the usual placement first (rule 381).",
            refusal.Message);
        Assert.True(history.IsLookedAfter);
    }

    [Fact]
    public void X1_cannot_end_care()
    {
        var history = LookedAfterSince("2025-05-12");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EndCare(Date("2025-08-10"), "X1"));

        Assert.Equal("X1 means a new episode starts the same day; record the change of placement or legal status instead of ending care.", refusal.Message);
    }

    [Fact]
    public void An_unknown_reason_for_ceasing_is_refused()
    {
        var history = LookedAfterSince("2025-05-12");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EndCare(Date("2025-08-10"), "E10"));

        Assert.Equal("'E10' is not an SSDA903 reason for ceasing to be looked after (REC).", refusal.Message);
    }

    [Fact]
    public void Care_cannot_end_on_the_day_the_current_episode_started()
    {
        var history = LookedAfterSince("2025-05-12");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EndCare(Date("2025-05-12"), "E4A"));

        Assert.Equal(
            "End of care on 2025-05-12 is on the day the current episode started; an episode must last at least a day, so correct the current episode instead.",
            refusal.Message);
    }

    [Fact]
    public void Care_cannot_end_before_the_current_episode_started()
    {
        var history = LookedAfterSince("2025-05-12");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EndCare(Date("2025-05-11"), "E4A"));

        Assert.Equal("End of care on 2025-05-11 is before the current episode started on 2025-05-12.", refusal.Message);
    }

    [Fact]
    public void Care_cannot_end_twice()
    {
        var history = LookedAfterSince("2025-05-12");
        history.EndCare(Date("2025-08-10"), "E4A");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EndCare(Date("2025-08-11"), "E4A"));

        Assert.Equal("End of care on 2025-08-11: the child left care on 2025-08-10; record a new entry to care first.", refusal.Message);
    }

    [Fact]
    public void Staying_put_needs_the_young_person_to_have_turned_18()
    {
        var history = LookedAfterSince("2020-05-12", dateOfBirth: "2008-02-29");

        // The 18th birthday of a leap-day child is 28 Feb 2026 (AddYears, as DfE's validator).
        var refusal = Assert.Throws<CareRuleViolation>(() => history.EndCare(Date("2026-02-27"), "E17"));
        var ended = history.EndCare(Date("2026-02-28"), "E17");

        Assert.Equal("E17 (staying put) needs the young person to be 18 or over; they are 17 on 2026-02-27 (rule 460).", refusal.Message);
        Assert.Equal("E17", ended.ReasonCeased);
    }

    [Fact]
    public void Transfer_to_adult_social_care_needs_the_young_person_to_be_16()
    {
        var history = LookedAfterSince("2020-05-12", dateOfBirth: "2010-03-31");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EndCare(Date("2026-03-30"), "E7"));
        var ended = history.EndCare(Date("2026-03-31"), "E7");

        Assert.Equal("E7 (adult social care) needs the young person to be 16 or over; they are 15 on 2026-03-30 (rule 389).", refusal.Message);
        Assert.Equal(Date("2026-03-31"), ended.Date);
    }

    [Fact]
    public void The_child_is_not_looked_after_on_the_day_their_episode_ends()
    {
        var history = LookedAfterSince("2025-05-12");
        history.EndCare(Date("2026-03-31"), "E4A");

        var episode = history.Periods[0].Episodes[0];

        Assert.True(episode.IsLookedAfterOn(Date("2026-03-30")));
        Assert.False(episode.IsLookedAfterOn(Date("2026-03-31")));
        Assert.True(episode.IsLookedAfterOn(Date("2025-05-12")));
        Assert.False(episode.IsLookedAfterOn(Date("2025-05-11")));
    }
}
