using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Care;

public sealed class CorrectingAnEpisode_Specs
{
    [Fact]
    public void A_wrong_first_placement_is_corrected_in_place_instead_of_as_a_same_day_change()
    {
        var history = LookedAfterSince("2026-03-05");

        var corrected = history.CorrectCurrentEpisode(placement: ChildrensHome(Derbyshire));

        var after = new Episode(Date("2026-03-05"), "S", "C2", "N1", ChildrensHome(Derbyshire), IsOutOfArea: true);
        Assert.Equal(new EpisodeCorrected(new Episode(Date("2026-03-05"), "S", "C2", "N1", Foster(), false), after), corrected);
        Assert.Equal([after], history.Periods[0].Episodes);
    }

    [Fact]
    public void Legal_status_and_category_of_need_of_the_first_episode_can_be_corrected()
    {
        var history = LookedAfterSince("2026-03-05", legalStatus: "V2");

        var corrected = history.CorrectCurrentEpisode(legalStatus: "C1", categoryOfNeed: "N5");

        Assert.Equal("C1", corrected.After.LegalStatus);
        Assert.Equal("N5", corrected.After.CategoryOfNeed);
        Assert.Equal("S", corrected.After.ReasonForNewEpisode);
    }

    [Fact]
    public void A_first_episode_cannot_be_corrected_to_a_temporary_placement()
    {
        var history = LookedAfterSince("2026-03-05");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.CorrectCurrentEpisode(placement: Temporary("T2")));

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

        var refusal = Assert.Throws<CareRuleViolation>(() => history.CorrectCurrentEpisode(placement: ChildrensHome()));

        Assert.Equal(
            "The current episode started with RNE L, which needs only the legal status to differ from the episode before; correct it so it does (rules 431–436).",
            refusal.Message);
    }

    [Fact]
    public void A_placement_episode_cannot_be_corrected_back_to_the_previous_placement()
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "CARPL");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.CorrectCurrentEpisode(placement: Foster()));

        Assert.Equal(
            "The current episode started with RNE P, which needs only the placement to differ from the episode before; correct it so it does (rules 431–436).",
            refusal.Message);
    }

    [Fact]
    public void A_placement_episode_can_be_corrected_to_another_placement()
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "CARPL");

        var corrected = history.CorrectCurrentEpisode(placement: Foster("U4", Derbyshire, "S40 1LP"));

        Assert.Equal(Foster("U4", Derbyshire, "S40 1LP"), history.CurrentEpisode!.Placement);
        Assert.True(corrected.After.IsOutOfArea);
        Assert.Equal(Date("2025-09-01"), corrected.After.Start);
        Assert.Equal(2, history.Periods[0].Episodes.Count);
    }

    [Fact]
    public void A_joint_change_must_still_differ_in_both_after_correction()
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangeLegalStatusAndPlacement(Date("2026-01-05"), "E1", Foster("A6"), "CARPL");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.CorrectCurrentEpisode(legalStatus: "C2"));

        Assert.Equal(
            "The current episode started with RNE B, which needs both the legal status and the placement to differ from the episode before; correct it so it does (rules 431–436).",
            refusal.Message);
    }

    [Fact]
    public void A_correction_that_changes_nothing_is_refused()
    {
        var history = LookedAfterSince("2025-05-12");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.CorrectCurrentEpisode(placement: Foster(), legalStatus: "C2"));

        Assert.Equal("The correction changes nothing in the current episode.", refusal.Message);
    }

    [Fact]
    public void A_closed_history_cannot_be_corrected()
    {
        var history = LookedAfterSince("2025-05-12");
        history.EndCare(Date("2025-08-01"), "E4A");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.CorrectCurrentEpisode(legalStatus: "C1"));

        Assert.Equal("Only the open episode of a child who is looked after can be corrected.", refusal.Message);
    }
}
