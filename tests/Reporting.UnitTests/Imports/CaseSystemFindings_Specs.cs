using CorporateParenting.Reporting;
using Reporting.Domain;
using Reporting.Domain.Imports;

namespace Reporting.UnitTests.Imports;

/// <summary>
/// The rules on the case system's tables that the assembled return finds (docs/ssda903.md §7.5): a decision to place
/// for adoption against the Header's DOB (184), one AD1 and one PrevPerm row a child (INT31, INT35), and a child's
/// decisions to place for adoption one after another (579, 583), and the rows the year's episodes ask for (630, 551,
/// 553). Each with rows that break it and rows that do not.
/// </summary>
public sealed class CaseSystemFindings_Specs
{
    private static HeaderIndex Header()
    {
        var header = new HeaderIndex();
        header.Add("C1", "2024-02-29");
        header.Add("C2", "");
        return header;
    }

    private static CaseSystemRow Decision(int line, string child, string placed, string ceased = "", string reason = "") =>
        new(line, child, "2024-02-29", [child, "29/02/2024", placed, ceased, reason]);

    private static List<ReturnFinding> Find(string table, params CaseSystemRow[] rows) => Find(table, new EpisodeIndex(Year2025To26), rows);

    private static readonly CollectionYear Year2025To26 = new(2026);

    private static List<ReturnFinding> Find(string table, EpisodeIndex episodes, params CaseSystemRow[] rows)
    {
        var rules = new CaseSystemFindings(table, Header(), episodes, new ReturnSoFar());
        var found = rows.SelectMany(row => rules.Add(row).ToList()).ToList();
        return [.. found, .. rules.Complete()];
    }

    [Theory]
    [InlineData("C1", "29/02/2024", null)] // decided on the day of birth
    [InlineData("C1", "28/02/2024", "184")]
    [InlineData("C2", "28/02/2024", null)] // the Header gives no DOB to compare
    [InlineData("X9", "28/02/2024", null)] // not in the Header: INT02's, not 184's
    public void A_decision_to_place_for_adoption_is_not_before_the_child_was_born(string child, string placed, string? rule)
    {
        var found = Find(ReturnTables.PlacedAdoption, Decision(2, child, placed));

        Assert.Equal(rule is null ? [] : [(child, "DATE_PLACED", rule)], found.Select(f => (f.Child, f.Field, f.Rule)));
    }

    [Theory]
    [InlineData(ReturnTables.Ad1, "INT31", "Internal Check: Child should only exist once in AD1. It has 2 rows.")]
    [InlineData(ReturnTables.PrevPerm, "INT35", "Internal Check: Child should only exist once in PrevPerm. It has 2 rows.")]
    public void A_child_has_one_row_of_AD1_and_of_PrevPerm(string table, string rule, string message)
    {
        CaseSystemRow Row(int line, string child) =>
            new(line, child, "2024-02-29", [child, "29/02/2024", .. Enumerable.Repeat("", CaseSystemTables.Columns[table].Count - 2)]);

        Assert.Equal([new ReturnFinding("C1", table, "CHILD", rule, message)], Find(table, Row(2, "C1"), Row(3, "C2"), Row(4, "C1")));
        Assert.Empty(Find(table, Row(2, "C1"), Row(3, "C2")));
    }

    [Fact]
    public void A_child_may_have_many_reviews()
    {
        CaseSystemRow Review(int line, string on) => new(line, "C1", "2024-02-29", ["C1", "29/02/2024", on, "PN0"]);

        Assert.Empty(Find(ReturnTables.Reviews, Review(2, "01/04/2025"), Review(3, "01/10/2025")));
    }

    [Fact]
    public void A_new_decision_may_start_the_day_the_one_before_it_ceased_and_the_latest_may_be_open()
    {
        Assert.Empty(Find(ReturnTables.PlacedAdoption,
            Decision(2, "C1", "31/03/2026"), Decision(3, "C1", "01/04/2025", "31/03/2026", "RD1")));
    }

    [Fact]
    public void A_new_decision_before_the_one_before_it_ceased_overlaps_it()
    {
        var found = Find(ReturnTables.PlacedAdoption,
            Decision(2, "C1", "01/04/2025", "31/03/2026", "RD1"), Decision(3, "C1", "30/03/2026"));

        var overlap = Assert.Single(found);
        Assert.Equal(("C1", "DATE_PLACED", "579"), (overlap.Child, overlap.Field, overlap.Rule));
        Assert.Contains("DATE_PLACED 30/03/2026, the decision of 01/04/2025 ceased 31/03/2026", overlap.Message);
    }

    [Fact]
    public void A_new_decision_while_the_one_before_it_is_open_starts_too_soon_and_leaves_that_one_unrevoked()
    {
        var found = Find(ReturnTables.PlacedAdoption,
            Decision(2, "C1", "29/02/2024"), Decision(3, "C1", "01/04/2025"), Decision(4, "C2", "01/04/2025"));

        Assert.Equal([("DATE_PLACED", "579"), ("DATE_PLACED_CEASED", "583")], found.Select(f => (f.Field, f.Rule)));
        Assert.Contains("DATE_PLACED 01/04/2025, the decision of 29/02/2024 not ceased", found[0].Message);
        Assert.Contains("the decision of 29/02/2024 ceased", found[1].Message);
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static CaseSystemRow Permanence(string child, string option, string authority = "", string date = "") =>
        new(2, child, "2024-02-29", [child, "29/02/2024", option, authority, date]);

    [Fact]
    public void A_child_who_started_to_be_looked_after_in_the_year_needs_its_previous_permanence_option()
    {
        var episodes = new EpisodeIndex(Year2025To26);
        episodes.Add("C1", Day("2025-04-01"), "S", "C2", "U1", null); // on the first day of the year
        episodes.Add("C2", Day("2025-03-31"), "S", "C2", "U1", null); // the day before: last year's return asked
        episodes.Add("C3", Day("2025-06-01"), "S", "V2", "U1", Day("2025-07-01"));

        var none = Find(ReturnTables.PrevPerm, episodes);
        var given = Find(ReturnTables.PrevPerm, episodes, Permanence("C1", "Z1"), Permanence("C3", "P2", "831", "ZZ/ZZ/2019"));
        var incomplete = Find(ReturnTables.PrevPerm, episodes, Permanence("C1", "P1", "", "01/02/2020"), Permanence("C3", "P2", "831"));

        Assert.Equal([("C1", "PREV_PERM", "630"), ("C3", "PREV_PERM", "630")], none.Select(f => (f.Child, f.Field, f.Rule)).Order());
        Assert.Empty(given);
        Assert.Equal([("C1", "LA_PERM", "630"), ("C3", "DATE_PERM", "630")], incomplete.Select(f => (f.Child, f.Field, f.Rule)).Order());
    }

    [Fact]
    public void A_child_placed_for_adoption_or_under_a_placement_order_needs_the_decision_to_place_it()
    {
        var episodes = new EpisodeIndex(Year2025To26);
        episodes.Add("C1", Day("2025-05-01"), "P", "C2", "A4", null);
        episodes.Add("C2", Day("2025-05-01"), "L", "E1", "U1", null);
        episodes.Add("C3", Day("2025-05-01"), "P", "C2", "A2", null); // not a placement for adoption: nothing asked

        var none = Find(ReturnTables.PlacedAdoption, episodes);
        var given = Find(ReturnTables.PlacedAdoption, episodes, Decision(2, "C1", "01/03/2025"), Decision(3, "C2", "01/03/2025"));

        Assert.Equal([("C1", "DATE_PLACED", "551"), ("C2", "DATE_PLACED", "553")], none.Select(f => (f.Child, f.Field, f.Rule)).Order());
        Assert.Empty(given);
    }

    [Fact]
    public void A_decision_to_place_for_adoption_has_not_ceased_while_the_placement_order_s_episode_is_open()
    {
        var episodes = new EpisodeIndex(Year2025To26);
        episodes.Add("C1", Day("2025-05-01"), "L", "E1", "U1", null);
        episodes.Add("C2", Day("2025-05-01"), "L", "E1", "U1", Day("2025-09-01"));

        var found = Find(ReturnTables.PlacedAdoption, episodes,
            Decision(2, "C1", "01/03/2025", "01/09/2025", "RD1"), Decision(3, "C2", "01/03/2025", "01/09/2025", "RD1"));

        Assert.Equal([("C1", "DATE_PLACED_CEASED", "553")], found.Select(f => (f.Child, f.Field, f.Rule)));
    }
}
