using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Return;

/// <summary>The return's checks that only the year's rows can answer, each with a child that fails it.</summary>
public class ReturnChecks_Specs
{
    private static readonly Motherhood NotAMother = new(false, null);

    private static ChildInReturn Child(
        string sex = "F", string? upn = "T831200001001", Motherhood? motherhood = null, string? home = "DE1 2AA", bool uasc = false,
        string legalStatus = "C2", Placement? placement = null) =>
        new(Year, Date("2012-05-01"), sex, upn, motherhood ?? NotAMother, home, uasc,
            [new Episode(Date("2025-06-01"), "S", legalStatus, "N1", placement ?? Foster(), false)]);

    private static readonly CorporateParenting.Reporting.CollectionYear Year = new(2026);

    private static IEnumerable<(string Table, string Field, string Rule)> Findings(ChildInReturn child) =>
        ReturnChecks.Check(child).Select(f => (f.Table, f.Field, f.Rule));

    [Fact]
    public void A_complete_child_has_no_findings()
    {
        Assert.Empty(ReturnChecks.Check(Child()));
        Assert.Empty(ReturnChecks.Check(Child(sex: "M", motherhood: Motherhood.NotRecorded)));
    }

    [Fact]
    public void A_looked_after_child_needs_a_upn_or_a_un_code() =>
        Assert.Equal([("Header", "UPN", "442")], Findings(Child(upn: null)));

    [Fact]
    public void Every_looked_after_girl_needs_mother() =>
        Assert.Equal([("Header", "MOTHER", "393")], Findings(Child(motherhood: Motherhood.NotRecorded)));

    [Fact]
    public void A_child_only_on_short_breaks_has_no_mother_and_needs_no_upn_or_postcodes() =>
        Assert.Equal([("Header", "MOTHER", "399")], Findings(Child(legalStatus: "V3", upn: null, home: null, placement: Foster(postcode: null))));

    [Fact]
    public void Home_and_placement_postcodes_are_needed_unless_the_child_is_uasc()
    {
        Assert.Equal(
            [("Episodes", "HOME_POST", "392b"), ("Episodes", "PL_POST", "392b")],
            Findings(Child(home: null, placement: Foster(postcode: null))));
        Assert.Empty(Findings(Child(home: null, placement: Foster(postcode: null), uasc: true)));
    }

    [Fact]
    public void A_placement_recorded_before_urns_were_required_and_still_open_needs_one_now()
    {
        var finding = Assert.Single(ReturnChecks.Check(Child(placement: Foster(urn: null))));

        Assert.Equal(("Episodes", "URN", "218", Date("2025-06-01")), (finding.Table, finding.Field, finding.Rule, finding.EpisodeStart));
        Assert.Empty(ReturnChecks.Check(Child(placement: Foster(urn: null, authority: "W06000015"))));
    }

    [Fact]
    public void A_missing_episode_still_open_after_the_placement_it_began_in_ended_needs_its_end()
    {
        var moved = new ChildInReturn(Year, Date("2012-05-01"), "M", "T831200001001", Motherhood.NotRecorded, "DE1 2AA", false,
        [
            new Episode(Date("2025-06-01"), "S", "C2", "N1", Foster(), false, "CARPL", Date("2025-09-01"), "X1"),
            new Episode(Date("2025-09-01"), "P", "C2", "N1", ChildrensHome(), false),
        ]);

        var stillOpen = moved with { MissingEpisodes = [new MissingEpisode("M", Date("2025-08-20"), null)] };
        var inTheOpenEpisode = moved with { MissingEpisodes = [new MissingEpisode("M", Date("2025-10-20"), null)] };

        Assert.Equal([("Missing", "MIS_END", "575")], Findings(stillOpen));
        Assert.Empty(Findings(inTheOpenEpisode));
    }

    [Fact]
    public void A_social_worker_episode_recorded_before_its_reason_was_required_asks_for_it()
    {
        var child = new ChildInReturn(Year, Date("2012-05-01"), "M", "T831200001001", Motherhood.NotRecorded, "DE1 2AA", false,
            [new Episode(Date("2025-05-01"), "S", "C2", "N1", ChildrensHome(), false)]);
        var withoutReason = child with { SocialWorkerEpisodes = [new SocialWorkerEpisode("SW9", Date("2025-06-01"), null, null)] };
        var withReason = child with { SocialWorkerEpisodes = [new SocialWorkerEpisode("SW9", Date("2025-06-01"), null, "MANAGE")] };

        Assert.Equal([("SWEpisodes", "SW_REASON", "SW01bSTG1")], Findings(withoutReason));
        Assert.Empty(Findings(withReason));
    }

    [Theory]
    [InlineData("L1", "2025-06-04", null)]
    [InlineData("L1", "2025-06-05", "361")]
    [InlineData("L2", "2025-06-22", null)]
    [InlineData("L2", "2025-06-23", "362")]
    [InlineData("L3", "2025-06-08", null)]
    [InlineData("L3", "2025-06-09", "363")]
    [InlineData("J2", "2025-06-22", null)]
    [InlineData("J2", "2025-06-23", "364")]
    public void A_short_term_order_lasts_no_longer_than_the_law_allows(string legalStatus, string ended, string? rule)
    {
        var child = Child(legalStatus: legalStatus) with
        {
            Episodes =
            [
                new Episode(Date("2025-06-01"), "S", legalStatus, "N1", Foster(), false, null, Date(ended), "X1"),
                new Episode(Date(ended), "L", "C2", "N1", Foster(), false),
            ],
        };

        Assert.Equal(rule is null ? [] : [("Episodes", "DEC", rule)], Findings(child));
    }

    [Fact]
    public void A_spell_runs_across_a_change_of_placement_and_an_open_one_is_counted_to_31_March()
    {
        var moved = Child(legalStatus: "L1") with
        {
            Episodes =
            [
                new Episode(Date("2025-06-01"), "S", "L1", "N1", Foster(), false, "CARPL", Date("2025-06-03"), "X1"),
                new Episode(Date("2025-06-03"), "P", "L1", "N1", ChildrensHome(), false, null, Date("2025-06-05"), "X1"),
                new Episode(Date("2025-06-05"), "L", "C2", "N1", ChildrensHome(), false),
            ],
        };
        var stillOpen = Child(legalStatus: "L1") with { Episodes = [new Episode(Date("2026-03-29"), "S", "L1", "N1", Foster(), false)] };

        Assert.Equal([("Episodes", "DEC", "361")], Findings(moved));
        Assert.Empty(Findings(stillOpen));
        Assert.Equal([("Episodes", "DEC", "361")], Findings(stillOpen with { Episodes = [stillOpen.Episodes[0] with { Start = Date("2026-03-27") }] }));
    }

    [Theory]
    [InlineData("2008-03-31", "V2", "K2", null)]
    [InlineData("2008-03-30", "V2", "K2", null)]
    [InlineData("2008-03-30", "C2", "K2", "359")]
    [InlineData("2008-03-30", "V2", "U4", "359")]
    [InlineData("2008-03-31", "C2", "U4", null)]
    public void After_the_18th_birthday_a_young_person_is_looked_after_only_under_section_20_5_in_a_community_home(
        string dateOfBirth, string legalStatus, string place, string? rule)
    {
        var placement = place == "K2" ? ChildrensHome() : Foster();
        var child = Child(legalStatus: legalStatus, placement: placement) with { DateOfBirth = Date(dateOfBirth) };

        Assert.Equal(rule is null ? [] : [("Episodes", "LS", rule)], Findings(child));
    }

    [Theory]
    [InlineData("2020-09-01", null)]
    [InlineData("2020-08-31", "209")]
    [InlineData("2016-02-29", "209")]
    public void UN1_is_for_a_child_under_4_on_31_August_before_the_year(string dateOfBirth, string? rule)
    {
        var child = Child(upn: "UN1") with { DateOfBirth = Date(dateOfBirth) };

        Assert.Equal(rule is null ? [] : [("Header", "UPN", rule)], Findings(child));
    }

    [Fact]
    public void UN4_does_not_hold_at_the_return_for_a_child_still_looked_after_or_new_in_the_last_week()
    {
        var stillLookedAfter = Child(upn: "UN4");
        var leftInJanuary = stillLookedAfter with { Episodes = [stillLookedAfter.Episodes[0] with { End = Date("2026-01-10"), ReasonCeased = "E4A" }] };
        var inAndOutInTheLastWeek = stillLookedAfter with
        {
            Episodes = [new Episode(Date("2026-03-24"), "S", "C2", "N1", Foster(), false, null, Date("2026-03-28"), "E4A")],
        };

        Assert.Equal([("Header", "UPN", "210")], Findings(stillLookedAfter));
        Assert.Empty(Findings(leftInJanuary));
        Assert.Equal([("Header", "UPN", "210")], Findings(inAndOutInTheLastWeek));
    }
}
