using Reporting.Domain;
using Reporting.Domain.Imports;

namespace Reporting.UnitTests.Imports;

/// <summary>
/// The rules on the case system's tables that the assembled return finds (docs/ssda903.md §7.5): a decision to place
/// for adoption against the Header's DOB (184), one AD1 and one PrevPerm row a child (INT31, INT35), and a child's
/// decisions to place for adoption one after another (579, 583). Each with rows that break it and rows that do not.
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

    private static List<ReturnFinding> Find(string table, params CaseSystemRow[] rows)
    {
        var rules = new CaseSystemFindings(table, Header());
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
        CaseSystemRow Row(int line, string child) => new(line, child, "2024-02-29", [child, "29/02/2024"]);

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
}
