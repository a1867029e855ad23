using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Care;

public sealed class ChangingPlacement_Specs
{
    [Fact]
    public void Placement_change_closes_the_previous_episode_the_day_the_next_starts()
    {
        var history = LookedAfterSince("2025-05-12");

        var changed = history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "CREQB");

        var ended = new Episode(Date("2025-05-12"), "S", "C2", "N1", Foster(), false, "CREQB", Date("2025-09-01"), "X1");
        var started = new Episode(Date("2025-09-01"), "P", "C2", "N1", ChildrensHome(), true);
        Assert.Equal(new NewPlacement(Date("2025-09-01"), ended, started), changed);
        Assert.Equal([ended, started], history.Periods[0].Episodes);
        Assert.True(history.IsLookedAfter);
        Assert.Equal(Date("2025-05-12"), history.Periods[0].Start);
    }

    [Fact]
    public void An_emergency_placement_change_marks_the_new_episode_only_and_a_change_is_planned_unless_said()
    {
        var history = LookedAfterSince("2025-05-12");

        var emergency = history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "ALLEG", emergency: true);
        var planned = history.ChangePlacement(Date("2025-10-06"), Foster("U4"), "CARPL");

        Assert.Equal((false, true), (emergency.Ended.IsEmergency, emergency.Started.IsEmergency));
        Assert.Equal((true, false), (planned.Ended.IsEmergency, planned.Started.IsEmergency));
        Assert.Equal([false, true, false], history.Periods[0].Episodes.Select(e => e.IsEmergency));
    }

    [Fact]
    public void A_change_of_placement_with_the_same_carers_is_recorded_with_reason_T()
    {
        var history = LookedAfterSince("2025-05-12");

        var changed = history.ChangePlacement(Date("2025-09-01"), Foster("U4"), "CARPL", Carers.Same);

        Assert.Equal("T", changed.Started.ReasonForNewEpisode);
        Assert.Equal("U4", changed.Started.Placement.Type);
    }

    [Fact]
    public void A_placement_change_before_the_current_episode_started_is_refused()
    {
        var history = LookedAfterSince("2026-03-05");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.ChangePlacement(Date("2026-03-01"), ChildrensHome(), "CARPL"));

        Assert.Equal("Placement change on 2026-03-01 is before the current episode started on 2026-03-05.", refusal.Message);
        Assert.Single(history.Periods[0].Episodes);
    }

    [Fact]
    public void A_placement_change_on_the_day_the_current_episode_started_is_refused_as_a_correction()
    {
        var history = LookedAfterSince("2026-03-05");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.ChangePlacement(Date("2026-03-05"), ChildrensHome(), "CARPL"));

        Assert.Equal(
            "Placement change on 2026-03-05 is on the day the current episode started; an episode must last at least a day, so correct the current episode instead.",
            refusal.Message);
        Assert.Equal(Foster(), history.CurrentEpisode!.Placement);
    }

    [Fact]
    public void A_placement_change_the_day_after_the_current_episode_started_is_accepted()
    {
        var history = LookedAfterSince("2026-03-05");

        var changed = history.ChangePlacement(Date("2026-03-06"), ChildrensHome(), "CARPL");

        Assert.Equal(Date("2026-03-06"), changed.Ended.End);
    }

    [Fact]
    public void A_second_change_must_come_after_the_first()
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "CARPL");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.ChangePlacement(Date("2025-08-31"), Foster("U4"), "CARPL"));

        Assert.Equal("Placement change on 2025-08-31 is before the current episode started on 2025-09-01.", refusal.Message);
    }

    [Fact]
    public void The_reason_the_placement_ended_is_required()
    {
        var history = LookedAfterSince("2025-05-12");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), null));

        Assert.Equal("Give the reason the U6 placement ended (REASON_PLACE_CHANGE, e.g. CARPL) (rule 225).", refusal.Message);
    }

    [Fact]
    public void An_unknown_reason_for_change_is_refused()
    {
        var history = LookedAfterSince("2025-05-12");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "MOVED"));

        Assert.Equal("'MOVED' is not an SSDA903 reason for placement change.", refusal.Message);
    }

    [Fact]
    public void A_change_to_the_same_placement_is_refused()
    {
        var history = LookedAfterSince("2025-05-12");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.ChangePlacement(Date("2025-09-01"), Foster(), "CARPL"));

        Assert.Equal("The new placement is the same as the current one; a placement change needs a different placement (rules 431–436).", refusal.Message);
    }

    [Fact]
    public void A_placement_cannot_change_for_a_child_who_was_never_looked_after()
    {
        var history = ChildBorn("2015-06-15");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "CARPL"));

        Assert.Equal("Placement change on 2025-09-01: the child has never been looked after; record the entry to care first.", refusal.Message);
    }

    [Fact]
    public void Nothing_can_change_after_care_ended_until_a_new_period_starts()
    {
        var history = LookedAfterSince("2025-05-12");
        history.EndCare(Date("2025-08-01"), "E13");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "CARPL"));

        Assert.Equal("Placement change on 2025-09-01: the child left care on 2025-08-01; record a new entry to care first.", refusal.Message);
        Assert.False(history.IsLookedAfter);
    }

    [Fact]
    public void Episodes_of_a_child_never_overlap_and_leave_no_gap_inside_a_period()
    {
        var history = LookedAfterSince("2024-01-10");
        history.ChangePlacement(Date("2024-03-01"), ChildrensHome(), "CREQB");
        history.ChangeLegalStatus(Date("2024-06-01"), "C1");
        history.ChangePlacement(Date("2024-06-02"), Foster("U4"), "CARPL");
        history.EndCare(Date("2025-01-31"), "E4A");
        history.EnterCare(Date("2025-03-01"), "V2", "N5", Foster());
        history.ChangePlacement(Date("2025-04-01"), ChildrensHome(), "CHILD");

        var episodes = history.Periods.SelectMany(p => p.Episodes).ToList();
        for (int i = 1; i < episodes.Count; i++)
        {
            Assert.True(episodes[i - 1].End <= episodes[i].Start);
            Assert.True(episodes[i - 1].Start < episodes[i - 1].End);
        }

        Assert.All(history.Periods, period =>
        {
            for (int i = 1; i < period.Episodes.Count; i++)
            {
                Assert.Equal(period.Episodes[i - 1].End, period.Episodes[i].Start);
                Assert.Equal("X1", period.Episodes[i - 1].ReasonCeased);
            }
        });
        Assert.Equal(["S", "P", "L", "P", "S", "P"], episodes.Select(e => e.ReasonForNewEpisode));
    }
}
