using System.Globalization;
using CorporateParenting.Reporting;
using Reporting.Domain;
using Reporting.Domain.Imports;

namespace Reporting.UnitTests.Imports;

/// <summary>
/// The rules on the case system's tables against the year's episodes, AD1, OC3 and last year's PlacedAdoption
/// (docs/ssda903.md §7.5). One adoption told consistently across every table finds nothing; each spec then changes one
/// thing and names the rule that finds it, with the boundary day that does not.
/// </summary>
public sealed class CaseSystemAgainstEpisodes_Specs
{
    private static readonly CollectionYear Year2025To26 = new(2026);

    /// <summary>
    /// C1 came into care on 10 April 2025, was under a placement order from 1 June, placed for adoption (A4) on 1 September
    /// and adopted (E11) on 1 February 2026. C2 has been in care since May 2025. C3 is under a freeing order (D1) from May.
    /// C4 was under a placement order and left care in December, not adopted. C5 has been looked after since 2024.
    /// </summary>
    private static EpisodeIndex Episodes()
    {
        var episodes = new EpisodeIndex(Year2025To26);
        episodes.Add("C1", Day("2025-04-10"), "S", "C2", "U1", Day("2025-06-01"), "X1");
        episodes.Add("C1", Day("2025-06-01"), "L", "E1", "U1", Day("2025-09-01"), "X1");
        episodes.Add("C1", Day("2025-09-01"), "P", "E1", "A4", Day("2026-02-01"), "E11");
        episodes.Add("C2", Day("2025-05-01"), "S", "C2", "U1", null);
        episodes.Add("C3", Day("2025-05-01"), "S", "D1", "U1", null);
        episodes.Add("C4", Day("2025-05-01"), "S", "E1", "U1", Day("2025-12-01"), "E13");
        episodes.Add("C5", Day("2024-01-01"), "S", "C2", "U1", null);
        return episodes;
    }

    private static CaseSystemRow Decision(string child, string placed, string ceased = "", string reason = "", int line = 2) =>
        new(line, child, "2015-01-01", [child, "01/01/2015", placed, ceased, reason]);

    private static CaseSystemRow Adoption(string child, string decided = "20/05/2025", string matched = "15/08/2025", string fosterCare = "0") =>
        new(2, child, "2015-01-01", [child, "01/01/2015", decided, matched, fosterCare, "2", "MF", "L11"]);

    private static CaseSystemRow NoAdoption(string child) => new(2, child, "2015-01-01", [child, "01/01/2015", "", "", "", "", "", ""]);

    private static CaseSystemRow Permanence(string child, string option, string authority = "", string date = "") =>
        new(2, child, "2015-01-01", [child, "01/01/2015", option, authority, date]);

    private static List<ReturnFinding> Find(string table, ReturnSoFar soFar, params CaseSystemRow[] rows) => Find(table, Episodes(), soFar, rows);

    private static List<ReturnFinding> Find(string table, EpisodeIndex episodes, ReturnSoFar soFar, params CaseSystemRow[] rows)
    {
        var header = new HeaderIndex();
        var rules = new CaseSystemFindings(table, header, episodes, soFar);
        var found = rows.SelectMany(row => rules.Add(row).ToList()).ToList();
        return [.. found, .. rules.Complete()];
    }

    /// <summary>The findings of one rule, as (child, field).</summary>
    private static List<(string Child, string Field)> Of(string rule, List<ReturnFinding> found) =>
        [.. found.Where(f => f.Rule == rule).Select(f => (f.Child, f.Field)).Order()];

    /// <summary>C1's adoption across AD1, PlacedAdoption and PrevPerm, with the rows the others' episodes ask for.</summary>
    private static (ReturnSoFar SoFar, List<ReturnFinding> Found) TheStory()
    {
        var soFar = new ReturnSoFar();
        var found = Find(ReturnTables.Ad1, soFar, Adoption("C1"));
        found.AddRange(Find(ReturnTables.PlacedAdoption, soFar,
            Decision("C1", "20/05/2025"), Decision("C3", "01/05/2025"), Decision("C4", "01/05/2025", "01/12/2025", "RD1")));
        found.AddRange(Find(ReturnTables.PrevPerm, soFar,
            Permanence("C1", "Z1"), Permanence("C2", "P1", "831", "ZZ/ZZ/2024"), Permanence("C3", "Z1"), Permanence("C4", "Z1")));
        return (soFar, found);
    }

    [Fact]
    public void An_adoption_told_consistently_across_the_tables_finds_nothing()
    {
        Assert.Empty(TheStory().Found);
    }

    [Theory]
    [InlineData("01/02/2026", "", "", false)] // on the day the child was adopted
    [InlineData("02/02/2026", "", "DATE_PLACED", true)] // after the child left care
    [InlineData("20/05/2025", "02/02/2026", "RD1", true)] // ceased after the child left care
    public void Rule_117_no_decision_after_the_child_left_care(string placed, string ceased, string reason, bool found)
    {
        var findings = Of("117", Find(ReturnTables.PlacedAdoption, new ReturnSoFar(), Decision("C1", placed, ceased, reason)));

        Assert.Equal(found ? [("C1", ceased.Length > 0 ? "DATE_PLACED_CEASED" : "DATE_PLACED")] : [], findings);
    }

    [Theory]
    [InlineData("31/03/2026", false)]
    [InlineData("01/04/2026", true)] // beyond the collection year, for a child still in care
    public void Rule_117_no_decision_ceased_beyond_the_year(string ceased, bool found)
    {
        Assert.Equal(found ? [("C2", "DATE_PLACED_CEASED")] : [],
            Of("117", Find(ReturnTables.PlacedAdoption, new ReturnSoFar(), Decision("C2", "01/05/2025", ceased, "RD1"))));
    }

    [Theory]
    [InlineData("01/05/2025", false)] // the day C2 came into care
    [InlineData("30/04/2025", true)] // before the child started to be looked after
    [InlineData("31/03/2025", true)] // and before the collection year
    public void Rule_118_a_decision_does_not_cease_before_the_year_or_the_care(string ceased, bool found)
    {
        Assert.Equal(found ? [("C2", "DATE_PLACED_CEASED")] : [],
            Of("118", Find(ReturnTables.PlacedAdoption, new ReturnSoFar(), Decision("C2", "01/01/2025", ceased, "RD1"))));
    }

    [Theory]
    [InlineData("1003", "10/04/2025", false)] // the day C1 came into care
    [InlineData("1003", "09/04/2025", true)]
    [InlineData("554", "01/06/2025", false)] // the day the placement order was granted
    [InlineData("554", "02/06/2025", true)]
    [InlineData("552", "01/09/2025", false)] // the day C1 was placed for adoption
    [InlineData("552", "02/09/2025", true)]
    public void A_decision_is_made_after_care_starts_and_by_the_placement_order_and_the_placement(string rule, string placed, bool found)
    {
        Assert.Equal(found ? [("C1", "DATE_PLACED")] : [],
            Of(rule, Find(ReturnTables.PlacedAdoption, new ReturnSoFar(), Decision("C1", placed))));
    }

    [Fact]
    public void Rule_552_reads_the_latest_decision()
    {
        var found = Find(ReturnTables.PlacedAdoption, new ReturnSoFar(),
            Decision("C1", "20/05/2025", "01/06/2025", "RD1"), Decision("C1", "05/09/2025", line: 3));

        Assert.Equal([("C1", "DATE_PLACED")], Of("552", found));
    }

    [Fact]
    public void Rules_555_and_556_a_freeing_order_needs_a_decision_made_by_it_and_open_while_it_is()
    {
        Assert.Equal([("C3", "DATE_PLACED")], Of("555", Find(ReturnTables.PlacedAdoption, new ReturnSoFar())));
        Assert.Equal([("C3", "DATE_PLACED_CEASED")], Of("555", Find(ReturnTables.PlacedAdoption, new ReturnSoFar(), Decision("C3", "01/04/2025", "01/06/2025", "RD1"))));
        Assert.Equal([("C3", "DATE_PLACED")], Of("556", Find(ReturnTables.PlacedAdoption, new ReturnSoFar(), Decision("C3", "02/05/2025"))));
        Assert.Empty(Of("556", Find(ReturnTables.PlacedAdoption, new ReturnSoFar(), Decision("C3", "01/05/2025"))));
    }

    [Fact]
    public void Rule_557_a_child_who_left_care_not_adopted_has_the_decision_ceased()
    {
        Assert.Equal([("C4", "DATE_PLACED_CEASED")], Of("557", Find(ReturnTables.PlacedAdoption, new ReturnSoFar())));
        Assert.Equal([("C4", "DATE_PLACED_CEASED")], Of("557", Find(ReturnTables.PlacedAdoption, new ReturnSoFar(), Decision("C4", "01/05/2025"))));
    }

    [Fact]
    public void Rule_558_an_adopted_child_s_decisions_have_not_all_ceased()
    {
        var allCeased = Find(ReturnTables.PlacedAdoption, new ReturnSoFar(),
            Decision("C1", "20/05/2025", "01/06/2025", "RD1"), Decision("C1", "01/06/2025", "01/08/2025", "RD1", line: 3));
        var latestOpen = Find(ReturnTables.PlacedAdoption, new ReturnSoFar(),
            Decision("C1", "20/05/2025", "01/06/2025", "RD1"), Decision("C1", "01/06/2025", line: 3));

        Assert.Equal([("C1", "DATE_PLACED_CEASED")], Of("558", allCeased));
        Assert.Empty(Of("558", latestOpen));
    }

    [Fact]
    public void Rules_523_and_525_the_decision_agrees_with_AD1()
    {
        var soFar = new ReturnSoFar();
        soFar.Adoption(Adoption("C1", decided: "21/05/2025"));

        Assert.Equal([("C1", "DATE_PLACED")], Of("523", Find(ReturnTables.PlacedAdoption, soFar, Decision("C1", "20/05/2025"))));
        Assert.Equal([("C1", "DATE_PLACED_CEASED")], Of("525", Find(ReturnTables.PlacedAdoption, soFar, Decision("C1", "21/05/2025", "01/06/2025", "RD1"))));
        Assert.Empty(Of("523", Find(ReturnTables.PlacedAdoption, soFar, Decision("C1", "21/05/2025"))));
    }

    [Theory]
    [InlineData("", "", "31/03/2025", null)] // last year's return has no decision for C2, made before this year
    [InlineData("", "", "01/04/2025", "")] // made in this year: nothing to compare
    [InlineData("01/02/2025", "", "02/02/2025", "560")] // last year's open decision, dated differently now
    [InlineData("01/02/2025", "", "01/02/2025", "")]
    [InlineData("01/02/2025", "01/03/2025", "01/02/2025", "561")] // last year's decision ceased, given again as it was
    [InlineData("01/02/2025", "01/03/2025", "31/01/2025", "584")] // ceased last year, a new one cannot be before it
    [InlineData("01/02/2025", "01/03/2025", "01/03/2025", "")]
    public void Rules_559_560_561_584_this_year_s_decision_against_last_year_s(string lastPlaced, string lastCeased, string placed, string? rule)
    {
        var soFar = new ReturnSoFar();
        soFar.DecisionsLastYear(lastPlaced.Length == 0 ? [] : [Decision("C2", lastPlaced, lastCeased, lastCeased.Length > 0 ? "RD1" : "")]);

        var found = Find(ReturnTables.PlacedAdoption, soFar, Decision("C2", placed)).Where(f => f.Rule is "559" or "560" or "561" or "584");

        Assert.Equal(rule switch { null => ["559"], "" => [], _ => [rule] }, found.Select(f => f.Rule));
    }

    [Fact]
    public void Last_year_s_decisions_are_not_compared_when_last_year_s_table_was_not_imported()
    {
        Assert.DoesNotContain(Find(ReturnTables.PlacedAdoption, new ReturnSoFar(), Decision("C2", "31/03/2025")), f => f.Rule == "559");
    }

    [Theory]
    [InlineData("331", "20/05/2025", "01/09/2025", "0", null)] // matched the day the placement began
    [InlineData("331", "20/05/2025", "02/09/2025", "0", "DATE_MATCH")]
    [InlineData("334", "10/04/2025", "15/08/2025", "0", null)] // decided the day care began
    [InlineData("334", "09/04/2025", "15/08/2025", "0", "DATE_INT")]
    [InlineData("521", "01/09/2025", "01/09/2025", "0", null)]
    [InlineData("521", "02/09/2025", "02/09/2025", "0", "DATE_INT")]
    [InlineData("335", "20/05/2025", "15/08/2025", "1", "FOSTER_CARE")] // A4 is adopted by other than the foster carer
    [InlineData("582", "20/05/2025", "31/01/2026", "0", null)]
    [InlineData("582", "20/05/2025", "01/02/2026", "0", "DATE_MATCH")] // matched the day of the adoption
    public void AD1_against_the_adoption_in_the_episodes(string rule, string decided, string matched, string fosterCare, string? field)
    {
        var found = Find(ReturnTables.Ad1, new ReturnSoFar(), Adoption("C1", decided, matched, fosterCare));

        Assert.Equal(field is null ? [] : [("C1", field)], Of(rule, found));
    }

    [Fact]
    public void Rule_601_a_child_adopted_in_the_year_has_AD1_completed_and_602_no_other_child_has()
    {
        Assert.Equal([("C1", "DATE_INT")], Of("601", Find(ReturnTables.Ad1, new ReturnSoFar(), NoAdoption("C1"))));
        Assert.Equal([("C1", "DATE_INT")], Of("601", Find(ReturnTables.Ad1, new ReturnSoFar())));
        Assert.Equal([("C2", "CHILD"), ("X9", "CHILD")], Of("602", Find(ReturnTables.Ad1, new ReturnSoFar(), Adoption("C2"), Adoption("X9"), NoAdoption("C4"))));
    }

    [Fact]
    public void Rules_134_and_187_no_adoption_for_a_care_leaver_in_OC3_or_a_child_looked_after_all_year()
    {
        var soFar = new ReturnSoFar();
        soFar.CareLeaverWithData("C1");

        Assert.Equal([("C1", "DATE_INT")], Of("134", Find(ReturnTables.Ad1, soFar, Adoption("C1"))));
        Assert.Equal([("C5", "DATE_INT")], Of("187", Find(ReturnTables.Ad1, new ReturnSoFar(), Adoption("C5"))));
        Assert.Empty(Of("187", Find(ReturnTables.Ad1, new ReturnSoFar(), NoAdoption("C5"))));
        Assert.Equal(["187"], CohortRules.Oc3OfChildLookedAfterAllYear("C5", Episodes().Of("C5")).Select(f => f.Rule));
        Assert.Empty(CohortRules.Oc3OfChildLookedAfterAllYear("C2", Episodes().Of("C2")));
    }

    [Theory]
    [InlineData("2025-04-01", null, "S", "C2", true)] // came in on the year's first day
    [InlineData("2025-04-02", null, "S", "C2", false)]
    [InlineData("2024-01-01", "2026-03-31", "S", "C2", true)] // left on 31 March, as the validator counts it
    [InlineData("2024-01-01", "2026-03-30", "S", "C2", false)]
    [InlineData("2024-01-01", null, "S", "V3", false)] // a short break
    [InlineData("2024-01-01", "2025-03-31", "S", "C2", false)] // never in care in the year
    public void Continuously_looked_after_for_the_12_months_to_31_March(string from, string? to, string rne, string ls, bool continuous)
    {
        var episodes = new EpisodeIndex(Year2025To26);
        episodes.Add("C1", Day(from), rne, ls, "U1", to is null ? null : Day(to), to is null ? "" : "E4A");

        Assert.Equal(continuous, episodes.Of("C1")!.ContinuouslyLookedAfter);
    }

    [Theory]
    [InlineData("09/04/2025", false)] // the day before C1's first episode
    [InlineData("10/04/2025", true)]
    [InlineData("ZZ/03/2025", false)] // at latest 31 March
    [InlineData("ZZ/04/2025", true)] // at latest 30 April, after the episode began
    [InlineData("ZZ/ZZ/2024", false)]
    [InlineData("ZZ/ZZ/2025", true)]
    public void Rule_632_a_previous_permanence_order_is_before_the_first_episode(string date, bool found)
    {
        Assert.Equal(found ? [("C1", "DATE_PERM")] : [], Of("632", Find(ReturnTables.PrevPerm, new ReturnSoFar(), Permanence("C1", "P1", "831", date))));
    }

    [Fact]
    public void Rule_634_previous_permanence_only_for_a_child_whose_care_started_in_the_year()
    {
        Assert.Equal([("C5", "PREV_PERM")], Of("634", Find(ReturnTables.PrevPerm, new ReturnSoFar(), Permanence("C5", "Z1"))));
    }

    [Fact]
    public void Rule_399_a_child_on_short_breaks_only_has_no_reviews()
    {
        var episodes = new EpisodeIndex(Year2025To26);
        episodes.Add("C1", Day("2025-05-01"), "S", "V3", "U1", Day("2025-05-03"), "E13");
        episodes.Add("C2", Day("2025-05-01"), "S", "V3", "U1", Day("2025-05-03"), "E13");
        episodes.Add("C2", Day("2025-06-01"), "S", "C2", "U1", null);
        CaseSystemRow Review(string child) => new(2, child, "2015-01-01", [child, "01/01/2015", "01/07/2025", "PN1"]);

        Assert.Equal([("C1", "REVIEW")], Of("399", Find(ReturnTables.Reviews, episodes, new ReturnSoFar(), Review("C1"), Review("C2"))));
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
