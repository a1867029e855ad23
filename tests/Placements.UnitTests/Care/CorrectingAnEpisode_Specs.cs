using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Care;

public sealed class CorrectingAnEpisode_Specs
{
    private static HistoryCorrected Correct(CareHistory history, EpisodeChanges changes) => history.Correct(changes, null, Today);

    [Fact]
    public void A_wrong_first_placement_is_corrected_in_place_instead_of_as_a_same_day_change()
    {
        var history = LookedAfterSince("2026-03-05");

        var corrected = Correct(history, new EpisodeChanges(Placement: ChildrensHome(Derbyshire)));

        var after = new Episode(Date("2026-03-05"), "S", "C2", "N1", ChildrensHome(Derbyshire), IsOutOfArea: true);
        var period = Assert.Single(corrected.Periods);
        Assert.Equal(0, period.Index);
        Assert.Equal([new Episode(Date("2026-03-05"), "S", "C2", "N1", Foster(), false)], period.Before);
        Assert.Equal([after], period.After);
        Assert.Equal([after], history.Periods[0].Episodes);
    }

    [Fact]
    public void A_corrected_emergency_placement_is_still_an_emergency()
    {
        var history = ChildBorn("2015-06-15");
        history.EnterCare(Date("2026-03-05"), "C2", "N1", Foster(), emergency: true);

        var corrected = Correct(history, new EpisodeChanges(Placement: ChildrensHome(Derbyshire)));

        Assert.True(Assert.Single(Assert.Single(corrected.Periods).After).IsEmergency);
        Assert.True(history.CurrentEpisode!.IsEmergency);
    }

    [Fact]
    public void Legal_status_and_category_of_need_of_the_first_episode_can_be_corrected()
    {
        var history = LookedAfterSince("2026-03-05", legalStatus: "V2");

        Correct(history, new EpisodeChanges(LegalStatus: "C1", CategoryOfNeed: "N5"));

        Assert.Equal(("C1", "N5", "S"), (history.CurrentEpisode!.LegalStatus, history.CurrentEpisode.CategoryOfNeed, history.CurrentEpisode.ReasonForNewEpisode));
    }

    [Fact]
    public void A_first_episode_cannot_be_corrected_to_a_temporary_placement()
    {
        var history = LookedAfterSince("2026-03-05");

        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, new EpisodeChanges(Placement: Temporary("T2"))));

        Assert.Equal(
            "A period of care cannot start with a temporary placement (T2); record the placement the child is going to (rule 380).",
            refusal.Message);
        Assert.Equal(Foster(), history.CurrentEpisode!.Placement);
    }

    [Fact]
    public void A_legal_status_episode_cannot_be_corrected_to_a_different_placement()
    {
        var history = LookedAfterSince("2025-05-12", legalStatus: "C1");
        history.ChangeLegalStatus(Date("2025-11-03"), "C2");

        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, new EpisodeChanges(Placement: ChildrensHome())));

        Assert.Equal(
            "The episode that started on 2025-11-03 has RNE L, which needs only the legal status to differ from the episode before it (rules 431–436).",
            refusal.Message);
    }

    [Fact]
    public void A_placement_episode_cannot_be_corrected_back_to_the_previous_placement()
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "CARPL");

        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, new EpisodeChanges(Placement: Foster())));

        Assert.Equal(
            "The episode that started on 2025-09-01 has RNE P, which needs only the placement to differ from the episode before it (rules 431–436).",
            refusal.Message);
        Assert.Equal(ChildrensHome(), history.CurrentEpisode!.Placement);
    }

    [Fact]
    public void A_placement_episode_can_be_corrected_to_another_placement()
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "CARPL");

        Correct(history, new EpisodeChanges(Placement: Foster("U4", Derbyshire, "S40 1LP")));

        var current = history.CurrentEpisode!;
        Assert.Equal(Foster("U4", Derbyshire, "S40 1LP"), current.Placement);
        Assert.True(current.IsOutOfArea);
        Assert.Equal(Date("2025-09-01"), current.Start);
        Assert.Equal(2, history.Periods[0].Episodes.Count);
    }

    [Fact]
    public void A_joint_change_must_still_differ_in_both_after_correction()
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangeLegalStatusAndPlacement(Date("2026-01-05"), "E1", Foster("A6"), "CARPL");

        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, new EpisodeChanges(LegalStatus: "C2")));

        Assert.Equal(
            "The episode that started on 2026-01-05 has RNE B, which needs both the legal status and the placement to differ from the episode before it (rules 431–436).",
            refusal.Message);
    }

    [Fact]
    public void A_correction_that_changes_nothing_is_refused()
    {
        var history = LookedAfterSince("2025-05-12");

        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, new EpisodeChanges(Placement: Foster(), LegalStatus: "C2")));

        Assert.Equal("The correction changes nothing in the episode that started on 2025-05-12.", refusal.Message);
    }

    [Fact]
    public void Without_a_start_date_only_the_open_episode_can_be_corrected()
    {
        var history = LookedAfterSince("2025-05-12");
        history.EndCare(Date("2025-08-01"), "E4A");

        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, new EpisodeChanges(LegalStatus: "C1")));

        Assert.Equal("The child is not looked after, so there is no open episode; give the day the episode to correct started.", refusal.Message);
    }

    [Fact]
    public void An_unknown_code_is_refused()
    {
        var history = LookedAfterSince("2025-05-12");

        var legalStatus = Assert.Throws<CareRuleViolation>(() => Correct(history, new EpisodeChanges(LegalStatus: "C9")));
        var need = Assert.Throws<CareRuleViolation>(() => Correct(history, new EpisodeChanges(CategoryOfNeed: "N9")));

        Assert.Equal("'C9' is not an SSDA903 legal status (LS).", legalStatus.Message);
        Assert.Equal("'N9' is not an SSDA903 category of need (CIN).", need.Message);
    }
}
