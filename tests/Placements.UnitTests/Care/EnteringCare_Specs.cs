using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Care;

public sealed class EnteringCare_Specs
{
    [Fact]
    public void Entering_care_opens_a_period_whose_first_episode_has_reason_S()
    {
        var history = ChildBorn("2015-06-15");

        var entered = history.EnterCare(Date("2025-05-12"), "V2", "N4", Foster());

        var expected = new Episode(Date("2025-05-12"), "S", "V2", "N4", Foster(), IsOutOfArea: false);
        Assert.Equal(new EnteredCare(Date("2025-05-12"), expected), entered);
        var period = Assert.Single(history.Periods);
        Assert.Equal([expected], period.Episodes);
        Assert.True(period.IsOpen);
        Assert.Null(period.End);
        Assert.True(history.IsLookedAfter);
        Assert.Equal(expected, history.CurrentEpisode);
    }

    [Fact]
    public void An_entry_to_care_in_an_emergency_placement_says_so_on_the_first_episode_and_is_planned_unless_said()
    {
        var emergency = ChildBorn("2015-06-15").EnterCare(Date("2025-05-12"), "V2", "N4", Foster(), emergency: true);
        var planned = ChildBorn("2015-06-15").EnterCare(Date("2025-05-12"), "V2", "N4", Foster());

        Assert.True(emergency.FirstEpisode.IsEmergency);
        Assert.False(planned.FirstEpisode.IsEmergency);
    }

    [Fact]
    public void A_placement_in_another_authority_is_out_of_area_and_its_postcode_is_normalised()
    {
        var history = ChildBorn("2015-06-15");

        var entered = history.EnterCare(Date("2025-05-12"), "C1", "N1", Foster(authority: Derbyshire, postcode: "s401lp"));

        Assert.True(entered.FirstEpisode.IsOutOfArea);
        Assert.Equal("S40 1LP", entered.FirstEpisode.Placement.Postcode);
    }

    [Fact]
    public void A_child_can_enter_care_on_the_day_they_are_born()
    {
        var history = ChildBorn("2025-05-12");

        history.EnterCare(Date("2025-05-12"), "L2", "N1", Foster());

        Assert.Equal(Date("2025-05-12"), history.Periods[0].Start);
    }

    [Fact]
    public void Entering_care_before_the_date_of_birth_is_refused()
    {
        var history = ChildBorn("2025-05-12");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EnterCare(Date("2025-05-11"), "L2", "N1", Foster()));

        Assert.Equal("Entry to care on 2025-05-11 is before the child's date of birth, 2025-05-12.", refusal.Message);
        Assert.Empty(history.Periods);
    }

    [Theory]
    [InlineData("T0")]
    [InlineData("T1")]
    [InlineData("T2")]
    [InlineData("T3")]
    [InlineData("T4")]
    public void A_period_of_care_cannot_start_with_a_temporary_placement(string temporary)
    {
        var history = ChildBorn("2015-06-15");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EnterCare(Date("2025-05-12"), "C1", "N1", Temporary(temporary)));

        Assert.Equal(
            $"A period of care cannot start with a temporary placement ({temporary}); record the placement the child is going to (rule 380).",
            refusal.Message);
        Assert.Empty(history.Periods);
    }

    [Fact]
    public void A_child_already_looked_after_cannot_enter_care_again()
    {
        var history = LookedAfterSince("2025-05-12");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EnterCare(Date("2025-07-01"), "C1", "N1", Foster()));

        Assert.Equal(
            "The child is already looked after (since 2025-05-12); record a change of placement or legal status instead.",
            refusal.Message);
        Assert.Single(history.Periods[0].Episodes);
    }

    [Theory]
    [InlineData("2025-08-01")] // the day care ended
    [InlineData("2025-07-31")]
    [InlineData("2025-05-12")]
    public void A_new_period_cannot_start_on_or_before_the_day_the_last_one_ended(string restart)
    {
        var history = LookedAfterSince("2025-05-12");
        history.EndCare(Date("2025-08-01"), "E4A");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EnterCare(Date(restart), "V2", "N1", Foster()));

        Assert.Equal($"Entry to care on {restart} must be after the previous period of care ended on 2025-08-01.", refusal.Message);
        Assert.Single(history.Periods);
    }

    [Fact]
    public void A_new_period_can_start_the_day_after_the_last_one_ended()
    {
        var history = LookedAfterSince("2025-05-12");
        history.EndCare(Date("2025-08-01"), "E4A");

        history.EnterCare(Date("2025-08-02"), "V2", "N1", Foster());

        Assert.Equal(2, history.Periods.Count);
        Assert.Equal(Date("2025-08-02"), history.Periods[1].Start);
        Assert.Equal("S", history.Periods[1].Episodes[0].ReasonForNewEpisode);
        Assert.True(history.IsLookedAfter);
    }

    [Fact]
    public void A_child_born_on_29_february_cannot_start_care_from_28_february_in_their_18th_year()
    {
        // AddYears puts the 18th birthday of a leap-day child on 28 Feb 2026, as DfE's validator does.
        var history = ChildBorn("2008-02-29");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EnterCare(Date("2026-02-28"), "V2", "N1", Foster()));
        history.EnterCare(Date("2026-02-27"), "V2", "N1", Foster());

        Assert.Equal("The child is 18 or over on 2026-02-28; a child starting to be looked after must be under 18 (rule 352).", refusal.Message);
        Assert.Equal(Date("2026-02-27"), history.Periods[0].Start);
    }

    [Theory]
    [InlineData("X9", "N1", "U6", "'X9' is not an SSDA903 legal status (LS).")]
    [InlineData("C2", "N9", "U6", "'N9' is not an SSDA903 category of need (CIN).")]
    [InlineData("C2", "N1", "H5", "Placement type 'H5' is not an SSDA903 PLACE code for 2025-26.")]
    [InlineData("C2", "N1", "Z1", "Placement type 'Z1' is not an SSDA903 PLACE code for 2025-26.")]
    public void Codes_outside_the_2025_26_lists_are_refused(string legalStatus, string categoryOfNeed, string place, string message)
    {
        var history = ChildBorn("2015-06-15");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EnterCare(Date("2025-05-12"), legalStatus, categoryOfNeed, Foster(place)));

        Assert.Equal(message, refusal.Message);
    }

    [Fact]
    public void The_2025_26_replacement_for_z1_is_accepted_without_a_provider()
    {
        var history = ChildBorn("2015-06-15");

        var entered = history.EnterCare(Date("2025-05-12"), "C2", "N1", Foster("Z11", provider: null, urn: null));

        Assert.Equal("Z11", entered.FirstEpisode.Placement.Type);
    }

    [Theory]
    [InlineData("U6", "PR1", Derbyshire, "Provider PR1 (our own provision) must be inside our area E06000015, but the placement is in E10000007 (rule 1015).")]
    [InlineData("U6", "PR0", Derby, "Provider PR0 (parent) is only possible with placement type P1, not U6 (rule 550).")]
    [InlineData("P1", "PR1", Derby, "Provider PR1 is not possible with placement type P1 (rules 527 and 528).")]
    [InlineData("R2", "PR2", Derby, "Provider PR2 is not possible with placement type R2 (rules 527 and 528).")]
    [InlineData("U6", null, Derby, "Placement type U6 needs a provider code PR0–PR5; '' was given.")]
    [InlineData("U6", "PR9", Derby, "Placement type U6 needs a provider code PR0–PR5; 'PR9' was given.")]
    [InlineData("Z12", "PR4", Derby, "Placement type Z12 has no provider; leave the provider blank (rules 178 and 213).")]
    [InlineData("T4", "PR4", Derby, "Placement type T4 has no provider; leave the provider blank (rules 178 and 213).")]
    [InlineData("U6", "PR4", "S12000033", "Placement authority 'S12000033' is not an ONS authority code such as E06000015.")]
    public void Provider_and_authority_must_fit_the_placement(string place, string? provider, string authority, string message)
    {
        var history = ChildBorn("2015-06-15");

        var refusal = Assert.Throws<CareRuleViolation>(
            () => history.EnterCare(Date("2025-05-12"), "C2", "N1", Foster(place, authority, provider: provider)));

        Assert.Equal(message, refusal.Message);
    }

    [Theory]
    [InlineData("U1")]
    [InlineData("U6")]
    [InlineData("A4")]
    [InlineData("K2")]
    [InlineData("K3")]
    [InlineData("R3")]
    [InlineData("S1")]
    public void A_placement_in_england_of_a_type_ofsted_registers_needs_its_urn(string place)
    {
        var history = ChildBorn("2009-06-15");

        var refusal = Assert.Throws<CareRuleViolation>(
            () => history.EnterCare(Date("2025-05-12"), "C2", "N1", Foster(place, urn: null)));

        Assert.Equal(
            $"Placement type {place} in England needs the provider's Ofsted URN, or XXXXXXX if the setting is not registered (rule 218).",
            refusal.Message);
    }

    [Theory]
    [InlineData("SC123456")]
    [InlineData("sc123456")]
    [InlineData("2512345")]
    [InlineData("123456")]
    [InlineData("XXXXXXX")]
    public void An_ofsted_urn_or_the_not_registered_code_is_accepted(string urn)
    {
        var history = ChildBorn("2015-06-15");

        var entered = history.EnterCare(Date("2025-05-12"), "C2", "N1", Foster(urn: urn));

        Assert.Equal(urn.ToUpperInvariant(), entered.FirstEpisode.Placement.ProviderUrn);
    }

    [Theory]
    [InlineData("SC12345")]
    [InlineData("SC1234567")]
    [InlineData("12345")]
    [InlineData("XX")]
    [InlineData("URN 123456")]
    public void A_urn_that_is_not_ofsteds_shape_is_refused(string urn)
    {
        var history = ChildBorn("2015-06-15");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EnterCare(Date("2025-05-12"), "C2", "N1", Foster(urn: urn)));

        Assert.Equal(
            $"URN '{urn.ToUpperInvariant()}' is not an Ofsted unique reference number (SC followed by 6 digits, or 6 to 8 digits), nor XXXXXXX.",
            refusal.Message);
    }

    [Fact]
    public void A_placement_outside_england_needs_no_urn()
    {
        var history = ChildBorn("2015-06-15");

        var entered = history.EnterCare(Date("2025-05-12"), "C2", "N1", Foster(authority: "W06000015", postcode: "CF10 1AA", urn: null));

        Assert.Null(entered.FirstEpisode.Placement.ProviderUrn);
    }

    [Theory]
    [InlineData("2015-03-31", false)]
    [InlineData("2015-04-01", true)]
    public void Urns_are_required_for_placements_from_april_2015(string startedOn, bool refused)
    {
        var history = ChildBorn("2010-02-28");

        var entry = Record.Exception(() => history.EnterCare(Date(startedOn), "C2", "N1", Foster(urn: null)));

        Assert.Equal(refused, entry is CareRuleViolation);
    }

    [Theory]
    [InlineData("P1", "PR0")]
    [InlineData("P3", "PR4")]
    [InlineData("R1", "PR4")]
    [InlineData("R2", "PR3")]
    [InlineData("R5", "PR3")]
    [InlineData("Z11", null)]
    [InlineData("Z14", null)]
    public void A_placement_ofsted_does_not_register_has_no_urn(string place, string? provider)
    {
        var history = ChildBorn("2009-06-15");

        var refusal = Assert.Throws<CareRuleViolation>(
            () => history.EnterCare(Date("2025-05-12"), "C2", "N1", Foster(place, provider: provider, urn: "SC123456")));
        var notRegistered = history.EnterCare(Date("2025-05-12"), "C2", "N1", Foster(place, provider: provider, urn: "XXXXXXX"));

        Assert.Equal($"Placement type {place} is not registered with Ofsted; leave the URN blank (rule 222).", refusal.Message);
        Assert.Equal("XXXXXXX", notRegistered.FirstEpisode.Placement.ProviderUrn);
    }

    [Fact]
    public void A_placement_postcode_that_is_not_a_uk_postcode_is_refused()
    {
        var history = ChildBorn("2015-06-15");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EnterCare(Date("2025-05-12"), "C2", "N1", Foster(postcode: "DE1")));

        Assert.Equal("Placement postcode 'DE1' is not a UK postcode.", refusal.Message);
    }

    [Fact]
    public void Own_provision_and_parents_are_accepted_where_the_rules_allow()
    {
        var own = ChildBorn("2015-06-15");
        var parents = ChildBorn("2015-06-15");

        own.EnterCare(Date("2025-05-12"), "C2", "N1", Foster(provider: "PR1"));
        parents.EnterCare(Date("2025-05-12"), "C2", "N1", Foster("P1", provider: "PR0", urn: null));

        Assert.Equal("PR1", own.CurrentEpisode!.Placement.Provider);
        Assert.Equal("PR0", parents.CurrentEpisode!.Placement.Provider);
    }
}
