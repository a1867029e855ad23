using CorporateParenting.Reporting;
using Reporting.Domain;
using Reporting.Domain.Imports;

namespace Reporting.UnitTests.Imports;

/// <summary>
/// The case system's Reviews, AD1, PlacedAdoption and PrevPerm tables checked row by row before they are merged into the
/// return (docs/ssda903.md §7.5): every code of each list kept, every other refused with its line and field, the good
/// rows kept beside the bad, dates written back as dd/mm/yyyy, a review outside the collection year refused.
/// </summary>
public sealed class CaseSystemTables_Specs
{
    private static readonly CollectionYear Year = new(2026); // 1 April 2025 to 31 March 2026

    private static CaseSystemTable Check(string table, params string[] lines) =>
        CaseSystemTables.Check(table, CsvTable.Read(table, new StringReader(string.Join('\n', lines))), Year);

    [Theory]
    [InlineData("PN0")]
    [InlineData("PN1")]
    [InlineData("PN2")]
    [InlineData("PN3")]
    [InlineData("PN4")]
    [InlineData("PN5")]
    [InlineData("PN6")]
    [InlineData("PN7")]
    public void Every_review_participation_code_is_kept(string code)
    {
        // on the 4th birthday, when PN0 and PN1 to PN7 are all right (rules 440, 441)
        var table = Check(ReturnTables.Reviews, "CHILD,DOB,REVIEW,REVIEW_CODE", $"C1,01/04/2021,01/04/2025,{code}");

        Assert.Equal(["C1", "01/04/2021", "01/04/2025", code], Assert.Single(table.Rows).Values);
        Assert.Empty(table.Rejections);
    }

    [Theory]
    [InlineData("31/03/2025", "REVIEW")] // the day before the year
    [InlineData("01/04/2026", "REVIEW")] // the day after it
    [InlineData("30/02/2026", "REVIEW")] // no such day
    [InlineData("", "REVIEW")]
    public void A_review_outside_the_collection_year_or_without_a_real_date_is_refused(string review, string field)
    {
        var table = Check(ReturnTables.Reviews, "CHILD,DOB,REVIEW,REVIEW_CODE", $"C1,09/09/2014,{review},PN1");

        Assert.Empty(table.Rows);
        Assert.Equal((2, "C1", field), (table.Rejections[0].Line, table.Rejections[0].Child, table.Rejections[0].Field));
    }

    [Fact]
    public void The_years_first_and_last_days_and_29_February_are_in_it_and_an_iso_date_is_written_back_as_the_return_writes_dates()
    {
        var table = Check(ReturnTables.Reviews, "CHILD,DOB,REVIEW,REVIEW_CODE",
            "C1,2016-02-29,01/04/2025,PN1", "C1,29/02/2016,2026-03-31,PN2", "C2,09/09/2014,29/02/2024,PN1");

        Assert.Equal([["C1", "29/02/2016", "01/04/2025", "PN1"], ["C1", "29/02/2016", "31/03/2026", "PN2"]], table.Rows.Select(r => r.Values.ToArray()));
        Assert.Equal(["2016-02-29", "2016-02-29"], table.Rows.Select(r => r.Dob));
        Assert.Equal((4, "REVIEW"), (Assert.Single(table.Rejections).Line, table.Rejections[0].Field));
    }

    [Fact]
    public void A_bad_row_is_refused_naming_each_field_and_the_good_rows_beside_it_are_kept()
    {
        var table = Check(ReturnTables.Reviews, "CHILD,DOB,REVIEW,REVIEW_CODE",
            "C1,09/09/2014,01/05/2025,PN1", ",1/1/2014,01/05/2025,PN9", "C3,09/09/2014,01/06/2025,pn3");

        Assert.Equal(["C1", "C3"], table.Rows.Select(r => r.Child));
        Assert.Equal("PN3", table.Rows[1].Values[3]); // codes are upper-cased as the return writes them
        Assert.Equal([(3, "CHILD"), (3, "DOB"), (3, "REVIEW_CODE")], table.Rejections.Select(r => (r.Line, r.Field)));
        Assert.Contains("PN0, PN1", table.Rejections[2].Message);
    }

    [Fact]
    public void A_file_without_one_of_its_tables_columns_is_refused_whole_naming_them()
    {
        var refused = Assert.Throws<FormatException>(() => Check(ReturnTables.PrevPerm, "CHILD,DOB,PREV_PERM", "C1,09/09/2014,P1"));

        Assert.Contains("LA_PERM, DATE_PERM", refused.Message);
        Assert.Contains("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM", refused.Message);
    }

    [Theory]
    [InlineData("12/01/2024", "12/02/2024", "1", "2", "MF", "L11", null)]
    [InlineData("", "", "", "", "", "", null)] // what is not known yet is left blank
    [InlineData("12/01/2024", "12/02/2024", "0", "1", "F1", "L0", null)]
    [InlineData("12/01/2024", "12/02/2024", "2", "1", "F1", "L0", "FOSTER_CARE")] // FOSTER_CARE is 0 or 1
    [InlineData("12/01/2024", "12/02/2024", "1", "3", "F1", "L0", "NB_ADOPTR")] // NB_ADOPTR is 1 or 2
    [InlineData("12/01/2024", "12/02/2024", "1", "1", "X1", "L0", "SEX_ADOPTR")]
    [InlineData("12/01/2024", "12/02/2024", "1", "1", "M1", "L5", "LS_ADOPTR")]
    [InlineData("2024-13-01", "12/02/2024", "1", "1", "M1", "L0", "DATE_INT")]
    public void An_adoption_decision_holds_the_dates_and_codes_of_AD1(string interest, string match, string foster, string adopters, string sex, string status, string? refusedField)
    {
        var table = Check(ReturnTables.Ad1, "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR",
            $"C1,09/09/2014,{interest},{match},{foster},{adopters},{sex},{status}");

        Assert.Equal(refusedField, table.Rejections.Select(r => r.Field).FirstOrDefault());
        Assert.Equal(refusedField is null, table.Rows.Count == 1);
    }

    [Theory]
    [InlineData("01/06/2025", "", "", null)]
    [InlineData("01/06/2025", "01/09/2025", "RD1", null)]
    [InlineData("01/06/2025", "01/06/2025", "RD4", null)]
    [InlineData("01/06/2025", "01/09/2025", "", "REASON_PLACED_CEASED")] // the end without its reason
    [InlineData("01/06/2025", "", "RD2", "REASON_PLACED_CEASED")] // the reason without the end
    [InlineData("01/06/2025", "01/05/2025", "RD2", "DATE_PLACED_CEASED")] // ended before it began
    [InlineData("01/06/2025", "01/09/2025", "RD5", "REASON_PLACED_CEASED")]
    [InlineData("", "", "", "DATE_PLACED")]
    public void A_placement_for_adoption_ends_with_its_reason_not_before_it_began(string placed, string ceased, string reason, string? refusedField)
    {
        var table = Check(ReturnTables.PlacedAdoption, "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", $"C1,09/09/2014,{placed},{ceased},{reason}");

        Assert.Equal(refusedField, table.Rejections.Select(r => r.Field).FirstOrDefault());
        Assert.Equal(refusedField is null, table.Rows.Count == 1);
    }

    [Theory]
    [InlineData("P1", "831", "01/06/2020", null)]
    [InlineData("P2", "SCO", "zz/06/2020", null)] // a date known only in part, as the return allows, read in either case and written ZZ
    [InlineData("P3", "999", "ZZ/ZZ/2020", null)]
    [InlineData("Z1", "", "", null)]
    [InlineData("p4", "nir", "", null)]
    [InlineData("P5", "831", "", "PREV_PERM")]
    [InlineData("", "831", "", "PREV_PERM")]
    [InlineData("P1", "E06000015", "", "LA_PERM")] // the 903's three-digit code, not the ONS code
    [InlineData("P1", "831", "zz/13/2020", "DATE_PERM")]
    public void A_previous_permanence_order_is_one_of_the_list_made_by_an_authority_the_return_names(string order, string authority, string date, string? refusedField)
    {
        var table = Check(ReturnTables.PrevPerm, "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM", $"C1,09/09/2014,{order},{authority},{date}");

        Assert.Equal(refusedField, table.Rejections.Select(r => r.Field).FirstOrDefault());
        if (refusedField is null)
        {
            Assert.Equal(["C1", "09/09/2014", order.ToUpperInvariant(), authority.ToUpperInvariant(), date.ToUpperInvariant()], Assert.Single(table.Rows).Values);
        }
    }
}
