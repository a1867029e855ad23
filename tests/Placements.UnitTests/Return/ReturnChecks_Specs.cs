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
        new(sex, upn, motherhood ?? NotAMother, home, uasc,
            [new Episode(Date("2025-06-01"), "S", legalStatus, "N1", placement ?? Foster(), false)]);

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
        var moved = new ChildInReturn("M", "T831200001001", Motherhood.NotRecorded, "DE1 2AA", false,
        [
            new Episode(Date("2025-06-01"), "S", "C2", "N1", Foster(), false, "CARPL", Date("2025-09-01"), "X1"),
            new Episode(Date("2025-09-01"), "P", "C2", "N1", ChildrensHome(), false),
        ]);

        var stillOpen = moved with { MissingEpisodes = [new MissingEpisode("M", Date("2025-08-20"), null)] };
        var inTheOpenEpisode = moved with { MissingEpisodes = [new MissingEpisode("M", Date("2025-10-20"), null)] };

        Assert.Equal([("Missing", "MIS_END", "575")], Findings(stillOpen));
        Assert.Empty(Findings(inTheOpenEpisode));
    }
}
