using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Care;

/// <summary>What a placement says of the legal status and of how its episode began (rules 217, 378, 408).</summary>
public class PlacementAndLegalStatus_Specs
{
    [Theory]
    [InlineData("A5", "C2")]
    [InlineData("A6", "C2")]
    [InlineData("A6", "V2")]
    public void Placed_for_adoption_under_a_placement_order_needs_the_placement_order(string place, string legalStatus)
    {
        var history = LookedAfterSince("2024-05-12", legalStatus: legalStatus);

        var refusal = Assert.Throws<CareRuleViolation>(
            () => history.ChangePlacement(Date("2025-09-01"), Foster(place), "PLACE", Carers.Same));

        Assert.Equal(
            $"A child placed for adoption under a placement order ({place}) has legal status E1, not {legalStatus} (rule 408).", refusal.Message);
    }

    [Fact]
    public void A_placement_order_and_the_adoption_placement_can_come_together_or_in_turn()
    {
        var together = LookedAfterSince("2024-05-12");
        var inTurn = LookedAfterSince("2024-05-12");

        together.ChangeLegalStatusAndPlacement(Date("2025-09-01"), "E1", Foster("A6"), "PLACE");
        inTurn.ChangeLegalStatus(Date("2025-08-01"), "E1");
        inTurn.ChangePlacement(Date("2025-09-01"), Foster("A6"), "PLACE");

        Assert.Equal(("A6", "E1"), (together.CurrentEpisode!.Placement.Type, together.CurrentEpisode.LegalStatus));
        Assert.Equal(("A6", "E1"), (inTurn.CurrentEpisode!.Placement.Type, inTurn.CurrentEpisode.LegalStatus));
    }

    [Fact]
    public void The_placement_order_stays_while_the_child_is_placed_for_adoption_under_it()
    {
        var history = LookedAfterSince("2024-05-12", legalStatus: "E1");
        history.ChangePlacement(Date("2025-09-01"), Foster("A6"), "PLACE");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.ChangeLegalStatus(Date("2025-10-01"), "C2"));

        Assert.Equal("A child placed for adoption under a placement order (A6) has legal status E1, not C2 (rule 408).", refusal.Message);
    }

    [Fact]
    public void A_child_accommodated_under_section_20_is_not_placed_with_parents()
    {
        var entering = ChildBorn("2015-06-15");
        var moving = LookedAfterSince("2024-05-12", legalStatus: "V2");
        var changingStatus = LookedAfterSince("2024-05-12", placement: Foster("P1", provider: "PR0", urn: null));
        var expected = "A child accommodated under section 20 (V2) is not placed with parents (P1) (rule 378).";

        var entry = Assert.Throws<CareRuleViolation>(
            () => entering.EnterCare(Date("2025-05-12"), "V2", "N1", Foster("P1", provider: "PR0", urn: null)));
        var move = Assert.Throws<CareRuleViolation>(
            () => moving.ChangePlacement(Date("2025-05-12"), Foster("P1", provider: "PR0", urn: null), "CARPL"));
        var status = Assert.Throws<CareRuleViolation>(() => changingStatus.ChangeLegalStatus(Date("2025-05-12"), "V2"));

        Assert.All(new[] { entry, move, status }, refusal => Assert.Equal(expected, refusal.Message));
    }

    [Theory]
    [InlineData("A3", "C2")]
    [InlineData("A5", "E1")]
    public void Adoption_by_the_foster_carers_starts_with_the_same_carers(string place, string legalStatus)
    {
        var refused = LookedAfterSince("2024-05-12", legalStatus: legalStatus);
        var accepted = LookedAfterSince("2024-05-12", legalStatus: legalStatus);

        var refusal = Assert.Throws<CareRuleViolation>(() => refused.ChangePlacement(Date("2025-09-01"), Foster(place), "PLACE"));
        var placed = accepted.ChangePlacement(Date("2025-09-01"), Foster(place), "PLACE", Carers.Same);

        Assert.Equal(
            $"{place} is a placement for adoption with the child's foster carers, so it starts as a change of placement with the same carers " +
            "(RNE T, or U with a new legal status), not RNE P (rule 217).",
            refusal.Message);
        Assert.Equal(ReasonForNewEpisode.PlacementSameCarers, placed.Started.ReasonForNewEpisode);
    }

    [Fact]
    public void Adoption_by_the_foster_carers_with_a_new_placement_order_is_one_change_with_the_same_carers()
    {
        var history = LookedAfterSince("2024-05-12");

        var placed = history.ChangeLegalStatusAndPlacement(Date("2025-09-01"), "E1", Foster("A5"), "PLACE", Carers.Same);

        Assert.Equal(ReasonForNewEpisode.LegalStatusAndPlacementSameCarers, placed.Started.ReasonForNewEpisode);
    }

    [Fact]
    public void While_placed_with_the_foster_carers_for_adoption_the_legal_status_changes_only_with_the_placement()
    {
        var history = LookedAfterSince("2024-05-12");
        history.ChangePlacement(Date("2025-09-01"), Foster("A3"), "PLACE", Carers.Same);

        var refusal = Assert.Throws<CareRuleViolation>(() => history.ChangeLegalStatus(Date("2025-10-01"), "E1"));
        history.ChangeLegalStatusAndPlacement(Date("2025-10-01"), "E1", Foster("A5"), "PLACE", Carers.Same);

        Assert.Equal(
            "A3 is a placement for adoption with the child's foster carers, so its legal status changes only with a change of placement (RNE U) (rule 217).",
            refusal.Message);
    }

    [Theory]
    [InlineData("2015-03-31", false)]
    [InlineData("2015-04-01", true)]
    public void The_same_carers_rule_applies_from_april_2015(string placedOn, bool refused)
    {
        var history = LookedAfterSince("2014-05-12", dateOfBirth: "2012-02-29");

        var placing = Record.Exception(() => history.ChangePlacement(Date(placedOn), Foster("A3"), "PLACE"));

        Assert.Equal(refused, placing is CareRuleViolation);
    }

    [Fact]
    public void Entering_care_straight_into_adoption_by_the_foster_carers_is_accepted()
    {
        var history = ChildBorn("2024-02-29");

        var entered = history.EnterCare(Date("2025-03-01"), "E1", "N1", Foster("A5"));

        Assert.Equal(ReasonForNewEpisode.StartedToBeLookedAfter, entered.FirstEpisode.ReasonForNewEpisode);
    }
}
