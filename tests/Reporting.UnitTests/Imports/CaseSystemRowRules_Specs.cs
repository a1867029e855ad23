using System.Text.RegularExpressions;
using CorporateParenting.Reporting;
using Reporting.Domain;
using Reporting.Domain.Imports;

namespace Reporting.UnitTests.Imports;

/// <summary>
/// The DfE validator's rules that a row of the case system's tables breaks on its own, refused at import with the rule
/// in the reason (docs/ssda903.md §7.5): each with a row that breaks it and one that does not, at the edges of the
/// collection year, on 29 February and on the birthday itself.
/// </summary>
public sealed partial class CaseSystemRowRules_Specs
{
    private const string Reviews = "CHILD,DOB,REVIEW,REVIEW_CODE";
    private const string Ad1 = "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR";
    private const string PlacedAdoption = "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED";
    private const string PrevPerm = "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM";

    private static CaseSystemTable Check(string table, string header, string row, int yearEnding = 2026) =>
        CaseSystemTables.Check(table, CsvTable.Read(table, new StringReader($"{header}\n{row}")), new CollectionYear(yearEnding));

    /// <summary>The rules a row is refused under, as its reasons cite them.</summary>
    private static string[] Rules(CaseSystemTable table) =>
        [.. table.Rejections.Select(r => Cited().Match(r.Message)).Where(m => m.Success).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\(rule ([0-9A-Z]+)\)\.$")]
    private static partial Regex Cited();

    [Theory]
    [InlineData(2026, "01/04/2021", "01/04/2025", "PN0", null)] // the 4th birthday on the year's first day: either is right
    [InlineData(2026, "01/04/2021", "01/04/2025", "PN1", null)]
    [InlineData(2026, "01/04/2021", "02/04/2025", "PN0", "440")] // the day after it, PN0 is wrong
    [InlineData(2026, "01/04/2021", "02/04/2025", "PN7", null)]
    [InlineData(2026, "31/03/2022", "31/03/2026", "PN0", null)] // the 4th birthday on the year's last day
    [InlineData(2026, "31/03/2022", "31/03/2026", "PN2", null)]
    [InlineData(2026, "31/03/2022", "30/03/2026", "PN2", "441")] // the day before it, PN1 to PN7 are wrong
    [InlineData(2026, "31/03/2022", "30/03/2026", "PN0", null)]
    [InlineData(2024, "29/02/2020", "29/02/2024", "PN0", null)] // born on 29 February, 4 on 29 February
    [InlineData(2024, "29/02/2020", "29/02/2024", "PN3", null)]
    [InlineData(2024, "29/02/2020", "28/02/2024", "PN3", "441")]
    [InlineData(2024, "29/02/2020", "01/03/2024", "PN0", "440")]
    public void Participation_in_a_review_agrees_with_the_childs_age_on_its_day(int yearEnding, string dob, string review, string code, string? rule)
    {
        var table = Check(ReturnTables.Reviews, Reviews, $"C1,{dob},{review},{code}", yearEnding);

        Assert.Equal(rule is null ? [] : [rule], Rules(table));
        Assert.Equal(rule is null, table.Rows.Count == 1);
    }

    [Theory]
    [InlineData("29/02/2024", "29/02/2024", null)] // matched the day adoption was decided to be in their interest
    [InlineData("01/03/2024", "29/02/2024", "333")]
    [InlineData("", "29/02/2024", "151")] // matched with no decision: the items are not all given
    public void A_child_is_matched_with_adopters_only_once_adoption_is_decided_to_be_in_their_interest(string interest, string match, string? rule)
    {
        var table = Check(ReturnTables.Ad1, Ad1, $"C1,09/09/2014,{interest},{match},1,1,F1,L0");

        Assert.Equal(rule is null ? [] : [rule], Rules(table));
    }

    [Theory]
    [InlineData("01/04/2025,31/03/2026,1,1,F1,L0", null)]
    [InlineData(",,,,,", null)]
    [InlineData("01/04/2025,31/03/2026,1,,F1,L0", "NB_ADOPTR")]
    [InlineData("01/04/2025,,,,,", "DATE_MATCH")]
    public void An_adoptions_items_are_all_given_or_all_blank(string items, string? firstBlank)
    {
        var table = Check(ReturnTables.Ad1, Ad1, $"C1,09/09/2014,{items}");

        Assert.Equal(firstBlank is null ? [] : ["151"], Rules(table));
        Assert.Equal(firstBlank, table.Rejections.Select(r => r.Field).FirstOrDefault());
    }

    [Theory]
    [InlineData("1", "M1", "L0", null)]
    [InlineData("2", "MF", "L11", null)]
    [InlineData("2", "M1", "L0", "511")] // two adopters, one gender
    [InlineData("2", "F1", "L0", "511")]
    [InlineData("1", "F1", "L0", null)]
    [InlineData("2", "MF", "L0", "514")] // a single adopter, a couple's genders
    [InlineData("2", "MF", "L3", null)]
    [InlineData("2", "FF", "L3", "517")]
    [InlineData("2", "MM", "L4", null)]
    [InlineData("2", "MF", "L4", "518")]
    [InlineData("2", "FF", "L2", null)]
    [InlineData("2", "MF", "L2", null)]
    [InlineData("1", "M1", "L2", "519")]
    [InlineData("2", "MM", "L11", "520")]
    [InlineData("2", "FF", "L12", null)]
    [InlineData("2", "MF", "L12", "524")]
    public void The_adopters_number_genders_and_legal_status_agree(string number, string sex, string status, string? rule)
    {
        var table = Check(ReturnTables.Ad1, Ad1, $"C1,09/09/2014,01/04/2025,31/03/2026,1,{number},{sex},{status}");

        Assert.Equal(rule is null ? [] : [rule], Rules(table));
        Assert.Equal(rule is null, table.Rows.Count == 1);
    }

    [Theory]
    [InlineData(ReturnTables.Reviews, Reviews, "C1,09/09/2014,31/02/2026,PN1", "REVIEW", "166")]
    [InlineData(ReturnTables.Reviews, Reviews, "C1,09/09/2014,01/04/2025,PN8", "REVIEW_CODE", "167")]
    [InlineData(ReturnTables.Ad1, Ad1, "C1,09/09/2014,29/02/2025,31/03/2026,1,1,F1,L0", "DATE_INT", "112")] // 2025 has no 29 February
    [InlineData(ReturnTables.Ad1, Ad1, "C1,09/09/2014,01/04/2025,32/03/2026,1,1,F1,L0", "DATE_MATCH", "113")]
    [InlineData(ReturnTables.Ad1, Ad1, "C1,09/09/2014,01/04/2025,31/03/2026,Y,1,F1,L0", "FOSTER_CARE", "114")]
    [InlineData(ReturnTables.Ad1, Ad1, "C1,09/09/2014,01/04/2025,31/03/2026,1,3,F1,L0", "NB_ADOPTR", "175")]
    [InlineData(ReturnTables.PlacedAdoption, PlacedAdoption, "C1,09/09/2014,29/02/2025,,", "DATE_PLACED", "115")]
    [InlineData(ReturnTables.PlacedAdoption, PlacedAdoption, "C1,09/09/2014,01/04/2025,31/04/2025,RD1", "DATE_PLACED_CEASED", "116")]
    [InlineData(ReturnTables.PlacedAdoption, PlacedAdoption, "C1,09/09/2014,01/04/2025,31/03/2026,", "REASON_PLACED_CEASED", "119")]
    [InlineData(ReturnTables.PlacedAdoption, PlacedAdoption, "C1,09/09/2014,01/04/2025,31/03/2026,RD5", "REASON_PLACED_CEASED", "120")]
    [InlineData(ReturnTables.PlacedAdoption, PlacedAdoption, "C1,09/09/2014,01/04/2025,31/03/2025,RD1", "DATE_PLACED_CEASED", "522")]
    [InlineData(ReturnTables.PrevPerm, PrevPerm, "C1,09/09/2014,P5,831,", "PREV_PERM", "631")]
    public void A_row_refused_for_a_bad_date_or_code_names_the_validators_rule(string table, string header, string row, string field, string rule)
    {
        var refused = Check(table, header, row);

        Assert.Equal((field, rule), (refused.Rejections[0].Field, Rules(refused)[0]));
    }

    [Theory]
    [InlineData("29/02/2024", "29/02/2024", "RD1")] // ceased the day it was made
    [InlineData("01/04/2025", "31/03/2026", "RD4")]
    public void A_decision_ceased_on_or_after_the_day_it_was_made_is_kept(string placed, string ceased, string reason)
    {
        var table = Check(ReturnTables.PlacedAdoption, PlacedAdoption, $"C1,09/09/2014,{placed},{ceased},{reason}");

        Assert.Empty(table.Rejections);
    }

    [Theory]
    [InlineData("831", true)]
    [InlineData("909", true)] // Cumbria, for orders made before it was split
    [InlineData("942", true)] // Cumberland, which the validator's list lacks
    [InlineData("943", true)]
    [InlineData("999", true)]
    [InlineData("WAL", true)]
    [InlineData("100", false)] // three digits, but no authority's
    [InlineData("944", false)]
    public void A_permanence_order_was_made_by_an_authority_the_return_knows(string authority, bool kept)
    {
        var table = Check(ReturnTables.PrevPerm, PrevPerm, $"C1,09/09/2014,P1,{authority},01/06/2020");

        Assert.Equal(kept ? [] : ["633"], Rules(table));
    }
}
