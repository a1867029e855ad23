using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Care;

public sealed class ChangingLegalStatus_Specs
{
    [Fact]
    public void A_legal_status_change_starts_an_L_episode_in_the_same_placement()
    {
        var history = LookedAfterSince("2025-05-12", legalStatus: "C1");

        var changed = history.ChangeLegalStatus(Date("2025-11-03"), "C2");

        var ended = new Episode(Date("2025-05-12"), "S", "C1", "N1", Foster(), false, null, Date("2025-11-03"), "X1");
        var started = new Episode(Date("2025-11-03"), "L", "C2", "N1", Foster(), false);
        Assert.Equal(new NewLegalStatus(Date("2025-11-03"), ended, started), changed);
        Assert.Equal([ended, started], history.Periods[0].Episodes);
    }

    [Fact]
    public void A_legal_status_change_after_an_emergency_placement_makes_no_new_placement_so_is_no_emergency()
    {
        var history = ChildBorn("2015-06-15");
        history.EnterCare(Date("2025-05-12"), "V2", "N1", Foster(), emergency: true);

        var changed = history.ChangeLegalStatus(Date("2025-11-03"), "C2");

        Assert.Equal((true, false), (changed.Ended.IsEmergency, changed.Started.IsEmergency));
    }

    [Fact]
    public void A_legal_status_change_to_the_current_status_is_refused()
    {
        var history = LookedAfterSince("2025-05-12", legalStatus: "C1");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.ChangeLegalStatus(Date("2025-11-03"), "C1"));

        Assert.Equal("The legal status is already C1; a legal status change needs a different status (rules 431–436).", refusal.Message);
    }

    [Fact]
    public void A_legal_status_change_on_the_day_the_episode_started_is_refused()
    {
        var history = LookedAfterSince("2025-05-12", legalStatus: "L1");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.ChangeLegalStatus(Date("2025-05-12"), "L2"));

        Assert.Equal(
            "Legal status change on 2025-05-12 is on the day the current episode started; an episode must last at least a day, so correct the current episode instead.",
            refusal.Message);
    }

    [Fact]
    public void An_unknown_legal_status_is_refused()
    {
        var history = LookedAfterSince("2025-05-12");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.ChangeLegalStatus(Date("2025-11-03"), "C3"));

        Assert.Equal("'C3' is not an SSDA903 legal status (LS).", refusal.Message);
    }

    [Fact]
    public void Legal_status_and_placement_changing_together_with_new_carers_is_a_B_episode()
    {
        var history = LookedAfterSince("2025-05-12");

        var changed = history.ChangeLegalStatusAndPlacement(Date("2026-01-05"), "E1", Foster("A6"), "CARPL");

        var started = new Episode(Date("2026-01-05"), "B", "E1", "N1", Foster("A6"), false);
        Assert.Equal(started, changed.Started);
        Assert.Equal("CARPL", changed.Ended.ReasonForPlacementChange);
        Assert.Equal(Date("2026-01-05"), changed.Ended.End);
    }

    [Fact]
    public void Legal_status_and_placement_changing_together_with_the_same_carers_is_a_U_episode()
    {
        var history = LookedAfterSince("2025-05-12", placement: Foster("U5"));

        var changed = history.ChangeLegalStatusAndPlacement(Date("2026-01-05"), "E1", Foster("A5"), "CARPL", Carers.Same);

        Assert.Equal("U", changed.Started.ReasonForNewEpisode);
        Assert.Equal(["S", "U"], history.Periods[0].Episodes.Select(e => e.ReasonForNewEpisode));
    }

    [Fact]
    public void A_joint_change_needs_both_a_new_legal_status_and_a_new_placement()
    {
        var history = LookedAfterSince("2025-05-12");

        var sameStatus = Assert.Throws<CareRuleViolation>(
            () => history.ChangeLegalStatusAndPlacement(Date("2026-01-05"), "C2", Foster("A6"), "CARPL"));
        var samePlacement = Assert.Throws<CareRuleViolation>(
            () => history.ChangeLegalStatusAndPlacement(Date("2026-01-05"), "E1", Foster(), "CARPL"));

        Assert.Equal("The legal status is already C2; a legal status change needs a different status (rules 431–436).", sameStatus.Message);
        Assert.Equal("The new placement is the same as the current one; a placement change needs a different placement (rules 431–436).", samePlacement.Message);
        Assert.Single(history.Periods[0].Episodes);
    }
}
