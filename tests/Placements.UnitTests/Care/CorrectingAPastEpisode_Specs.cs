using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Care;

public sealed class CorrectingAPastEpisode_Specs
{
    private static HistoryCorrected Correct(CareHistory history, EpisodeChanges changes) => history.Correct(changes, null, Today);

    /// <summary>Foster in Derby from 12 May 2025 (C1), a children's home in Derbyshire from 1 September, C2 from 5 January 2026.</summary>
    private static CareHistory MovedThenCareOrder()
    {
        var history = LookedAfterSince("2025-05-12", legalStatus: "C1");
        history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "CARPL");
        history.ChangeLegalStatus(Date("2026-01-05"), "C2");
        return history;
    }

    [Fact]
    public void A_past_episodes_category_of_need_is_corrected_for_its_whole_period_which_has_one()
    {
        var history = MovedThenCareOrder();
        var before = history.Periods[0].Episodes.ToList();

        var corrected = Correct(history, new EpisodeChanges(EpisodeStartsOn: Date("2025-09-01"), CategoryOfNeed: "N5"));

        // Rule 504: a period keeps the category of need it began with.
        Assert.Equal([.. before.Select(e => e with { CategoryOfNeed = "N5" })], history.Periods[0].Episodes);
        Assert.Equal(before, Assert.Single(corrected.Periods).Before);
    }

    [Fact]
    public void A_corrected_past_placement_is_out_of_area_again_by_where_it_is()
    {
        var history = MovedThenCareOrder();

        Correct(history, new EpisodeChanges(EpisodeStartsOn: Date("2025-05-12"), Placement: Foster("U4", Derbyshire, "S40 1AA")));

        var first = history.Periods[0].Episodes[0];
        Assert.Equal((Foster("U4", Derbyshire, "S40 1AA"), true), (first.Placement, first.IsOutOfArea));
    }

    [Fact]
    public void A_corrected_legal_status_carries_on_through_the_placement_changes_that_kept_it()
    {
        var history = MovedThenCareOrder();

        Correct(history, new EpisodeChanges(EpisodeStartsOn: Date("2025-05-12"), LegalStatus: "V2"));

        Assert.Equal(["V2", "V2", "C2"], history.Periods[0].Episodes.Select(e => e.LegalStatus));
    }

    [Fact]
    public void A_placement_change_cannot_be_corrected_to_a_different_legal_status()
    {
        var history = MovedThenCareOrder();
        var before = history.Periods[0].Episodes.ToList();

        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, new EpisodeChanges(EpisodeStartsOn: Date("2025-09-01"), LegalStatus: "C2")));

        Assert.Equal(
            "The episode that started on 2025-09-01 has RNE P, which needs only the placement to differ from the episode before it (rules 431–436).",
            refusal.Message);
        Assert.Equal(before, history.Periods[0].Episodes);
    }

    [Fact]
    public void A_legal_status_changed_by_a_later_episode_is_refused_when_it_no_longer_differs()
    {
        var history = MovedThenCareOrder();

        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, new EpisodeChanges(EpisodeStartsOn: Date("2025-05-12"), LegalStatus: "C2")));

        Assert.Equal(
            "The episode that started on 2026-01-05 has RNE L, which needs only the legal status to differ from the episode before it (rules 431–436).",
            refusal.Message);
    }

    [Fact]
    public void A_corrected_placement_carries_on_into_the_legal_status_changes_that_kept_it()
    {
        var history = MovedThenCareOrder();

        Correct(history, new EpisodeChanges(EpisodeStartsOn: Date("2025-09-01"), Placement: ChildrensHome(Derby)));

        Assert.Equal([Foster(), ChildrensHome(Derby), ChildrensHome(Derby)], history.Periods[0].Episodes.Select(e => e.Placement));
        Assert.Equal([false, false, false], history.Periods[0].Episodes.Select(e => e.IsOutOfArea));
    }

    [Fact]
    public void A_carried_placement_that_a_later_move_would_not_change_is_refused()
    {
        var history = LookedAfterSince("2025-05-12", legalStatus: "C1");
        history.ChangeLegalStatus(Date("2025-09-01"), "C2");
        history.ChangePlacement(Date("2026-01-05"), ChildrensHome(), "CARPL");

        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, new EpisodeChanges(EpisodeStartsOn: Date("2025-05-12"), Placement: ChildrensHome())));

        Assert.Equal(
            "The episode that started on 2026-01-05 has RNE P, which needs only the placement to differ from the episode before it (rules 431–436).",
            refusal.Message);
    }

    [Fact]
    public void An_episode_of_an_earlier_period_of_care_can_be_corrected()
    {
        var history = LookedAfterSince("2024-01-08");
        history.EndCare(Date("2024-06-30"), "E4A");
        history.EnterCare(Date("2025-05-12"), "C1", "N1", Foster());

        var corrected = Correct(history, new EpisodeChanges(EpisodeStartsOn: Date("2024-01-08"), CategoryOfNeed: "N2"));

        Assert.Equal(0, Assert.Single(corrected.Periods).Index);
        Assert.Equal(("N2", Date("2024-06-30"), "E4A"), (history.Periods[0].Episodes[0].CategoryOfNeed, history.Periods[0].End, history.Periods[0].ReasonCeased));
        Assert.True(history.IsLookedAfter);
    }

    [Fact]
    public void An_episode_is_named_by_the_day_it_started()
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "CARPL");

        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, new EpisodeChanges(EpisodeStartsOn: Date("2025-06-01"), CategoryOfNeed: "N2")));

        Assert.Equal("No episode started on 2025-06-01; the child's episodes started on 2025-05-12, 2025-09-01.", refusal.Message);
    }

    [Fact]
    public void The_reason_a_past_placement_ended_can_be_corrected_but_an_open_episode_has_none()
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "CARPL");

        Correct(history, new EpisodeChanges(EpisodeStartsOn: Date("2025-05-12"), ReasonForPlacementChange: "ALLEG"));
        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, new EpisodeChanges(ReasonForPlacementChange: "CHILD")));

        Assert.Equal("ALLEG", history.Periods[0].Episodes[0].ReasonForPlacementChange);
        Assert.Equal(
            "The placement of the episode that started on 2025-09-01 did not end with a placement change, so it has no reason for placement change (rule 233).",
            refusal.Message);
    }

    [Fact]
    public void A_placement_corrected_to_a_temporary_one_loses_its_reason_for_change_and_the_reason_for_the_move_into_it()
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "CARPL");
        history.ChangePlacement(Date("2025-09-10"), Foster(), "CHILD");

        Correct(history, new EpisodeChanges(EpisodeStartsOn: Date("2025-09-01"), Placement: Temporary("T2")));

        var episodes = history.Periods[0].Episodes;
        Assert.Equal([("U6", null), ("T2", null), ("U6", null)], episodes.Select(e => (e.Placement.Type, e.ReasonForPlacementChange)));
        Assert.Equal(ReasonForNewEpisode.PlacementAndCarers, episodes[2].ReasonForNewEpisode);
    }

    [Fact]
    public void A_placement_corrected_to_a_temporary_one_needs_the_return_to_the_placement_before_it()
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "CARPL");
        history.ChangePlacement(Date("2025-10-01"), Foster("U4"), "CHILD");

        var refusal = Assert.Throws<CareRuleViolation>(
            () => Correct(history, new EpisodeChanges(EpisodeStartsOn: Date("2025-09-01"), Placement: Temporary("T2"))));

        Assert.Contains("(rule 383)", refusal.Message);
        Assert.Equal("K2", history.Periods[0].Episodes[1].Placement.Type);
    }

    [Fact]
    public void A_temporary_placement_is_not_corrected_to_a_usual_one_as_the_move_into_it_would_need_a_reason()
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangePlacement(Date("2025-09-01"), Temporary("T2"), null);
        history.ChangePlacement(Date("2025-09-10"), Foster(), null);

        var refusal = Assert.Throws<CareRuleViolation>(
            () => Correct(history, new EpisodeChanges(EpisodeStartsOn: Date("2025-09-01"), Placement: ChildrensHome(), ReasonForPlacementChange: "STAND")));

        Assert.StartsWith("The temporary placement that started on 2025-09-01 cannot be corrected to a usual placement", refusal.Message);
        Assert.Equal("T2", history.Periods[0].Episodes[1].Placement.Type);
    }
}
