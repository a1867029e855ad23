using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Care;

/// <summary>A temporary placement (T0–T4) is a stay away from the usual placement, ending with the return to it.</summary>
public class TemporaryPlacement_Specs
{
    [Fact]
    public void A_stay_away_and_the_return_have_no_reason_and_the_return_is_a_new_placement_and_carers()
    {
        var history = LookedAfterSince("2025-05-12");

        var away = history.ChangePlacement(Date("2025-08-01"), Temporary("T2"), null, Carers.Same);
        var back = history.ChangePlacement(Date("2025-08-15"), Foster(), null, Carers.Same);

        Assert.Null(away.Ended.ReasonForPlacementChange);
        Assert.Null(back.Ended.ReasonForPlacementChange);
        Assert.Equal(ReasonForNewEpisode.PlacementAndCarers, back.Started.ReasonForNewEpisode);
        Assert.Equal(["U6", "T2", "U6"], history.Periods[0].Episodes.Select(e => e.Placement.Type));
    }

    [Theory]
    [InlineData("T0")]
    [InlineData("T4")]
    public void A_reason_for_going_into_a_temporary_placement_is_refused(string temporary)
    {
        var history = LookedAfterSince("2025-05-12");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.ChangePlacement(Date("2025-08-01"), Temporary(temporary), "PLACE"));

        Assert.Equal(
            $"Leave the reason for placement change blank when the child goes into or leaves a temporary placement ({temporary}) (rule 226).",
            refusal.Message);
    }

    [Fact]
    public void A_reason_for_leaving_a_temporary_placement_is_refused()
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangePlacement(Date("2025-08-01"), Temporary("T1"), null);

        var refusal = Assert.Throws<CareRuleViolation>(() => history.ChangePlacement(Date("2025-08-15"), Foster(), "CARPL"));

        Assert.Equal(
            "Leave the reason for placement change blank when the child goes into or leaves a temporary placement (T1) (rule 226).",
            refusal.Message);
    }

    [Theory]
    [InlineData("U4", "DE1 2AA")]
    [InlineData("U6", "DE22 3BB")]
    public void The_child_returns_to_the_placement_before_the_temporary_one(string type, string postcode)
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangePlacement(Date("2025-08-01"), Temporary("T1"), null);

        var refusal = Assert.Throws<CareRuleViolation>(
            () => history.ChangePlacement(Date("2025-08-15"), Foster(type, postcode: postcode), null));

        Assert.Equal(
            "A child in a temporary placement (T1) returns to the placement before it, U6 at DE1 2AA (rule 383). " +
            "If the child is not going back, correct the temporary episode to the placement it became.",
            refusal.Message);
    }

    [Fact]
    public void One_temporary_placement_cannot_follow_another()
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangePlacement(Date("2025-08-01"), Temporary("T1"), null);

        var refusal = Assert.Throws<CareRuleViolation>(() => history.ChangePlacement(Date("2025-08-05"), Temporary("T2"), null));

        Assert.Contains("(rule 383)", refusal.Message);
    }

    [Fact]
    public void The_legal_status_does_not_change_during_a_temporary_placement()
    {
        var history = LookedAfterSince("2025-05-12", legalStatus: "C1");
        history.ChangePlacement(Date("2025-08-01"), Temporary("T1"), null);

        var alone = Assert.Throws<CareRuleViolation>(() => history.ChangeLegalStatus(Date("2025-08-05"), "C2"));
        var withPlacement = Assert.Throws<CareRuleViolation>(
            () => history.ChangeLegalStatusAndPlacement(Date("2025-08-05"), "C2", Foster(), null));

        Assert.Equal(
            "The child is in a temporary placement (T1) on 2025-08-05; record the return to the usual placement first, then the legal status change (rule 383).",
            alone.Message);
        Assert.Equal(alone.Message, withPlacement.Message);
    }

    [Theory]
    [InlineData("T1", "2025-09-12", false)] // 42 days: six weeks in hospital
    [InlineData("T1", "2025-09-13", true)]
    [InlineData("T3", "2025-08-22", false)] // 21 days
    [InlineData("T3", "2025-08-23", true)]
    [InlineData("T4", "2025-08-08", false)] // 7 days
    [InlineData("T4", "2025-08-09", true)]
    [InlineData("T0", "2026-03-01", false)] // no limit
    [InlineData("T2", "2026-03-01", false)]
    public void Some_temporary_placements_have_a_longest_stay(string temporary, string returnedOn, bool refused)
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangePlacement(Date("2025-08-01"), Temporary(temporary), null);

        var back = Record.Exception(() => history.ChangePlacement(Date(returnedOn), Foster(), null));

        Assert.Equal(refused, back is CareRuleViolation);
        if (refused)
        {
            Assert.StartsWith($"A {temporary} placement lasts at most", back!.Message);
        }
    }

    [Fact]
    public void A_stay_across_29_february_counts_the_leap_day()
    {
        var history = LookedAfterSince("2027-05-12", dateOfBirth: "2019-03-01");
        history.ChangePlacement(Date("2028-02-22"), Temporary("T4"), null);

        var eighthDay = Assert.Throws<CareRuleViolation>(() => history.ChangePlacement(Date("2028-03-01"), Foster(), null));
        var seventh = history.ChangePlacement(Date("2028-02-29"), Foster(), null);

        Assert.Contains("at most 7 days", eighthDay.Message);
        Assert.Equal(Date("2028-02-29"), seventh.Started.Start);
    }

    [Fact]
    public void At_most_two_holidays_of_the_usual_carers_in_any_12_months()
    {
        var history = LookedAfterSince("2024-05-12");
        history.ChangePlacement(Date("2024-07-01"), Temporary("T3"), null);
        history.ChangePlacement(Date("2024-07-10"), Foster(), null);
        history.ChangePlacement(Date("2024-12-20"), Temporary("T3"), null);
        history.ChangePlacement(Date("2024-12-30"), Foster(), null);

        var third = Assert.Throws<CareRuleViolation>(() => history.ChangePlacement(Date("2025-06-30"), Temporary("T3"), null));
        history.ChangePlacement(Date("2025-07-02"), Temporary("T3"), null);

        Assert.Equal(
            "A child has at most two T3 placements in any 12 months (rule 377); two started after 2024-06-30.", third.Message);
    }

    [Fact]
    public void A_corrected_usual_placement_carries_into_the_return_from_a_temporary_one()
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangePlacement(Date("2025-08-01"), Temporary("T2"), null);
        history.ChangePlacement(Date("2025-08-15"), Foster(), null);

        history.Correct(new EpisodeChanges(EpisodeStartsOn: Date("2025-05-12"), Placement: Foster("U4")), null, Today);

        Assert.Equal(["U4", "T2", "U4"], history.Periods[0].Episodes.Select(e => e.Placement.Type));
    }
}
