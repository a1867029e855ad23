using Reporting.Domain;

namespace Reporting.UnitTests;

/// <summary>The assembled return's cross-table rules (docs/ssda903.md §7.3), each with a row that breaks it and one that does not.</summary>
public sealed class CrossTableRules_Specs
{
    private static HeaderIndex Header()
    {
        var header = new HeaderIndex();
        header.Add("C1", "2014-09-09");
        header.Add("C2", "2007-10-01");
        header.Add("C3", "");
        return header;
    }

    [Theory]
    [InlineData(ReturnTables.Episodes, "INT03", "Internal Check: Child in Episodes does not exist in Header.")]
    [InlineData(ReturnTables.Oc2, "INT05", "Internal Check: Child in OC2 does not exist in Header.")]
    [InlineData(ReturnTables.Oc3, "INT06", "Internal Check: Child in OC3 does not exist in Header.")]
    [InlineData(ReturnTables.Ad1, "INT01", "Data Integrity Check: Child in AD1 does not exist in Header.")]
    [InlineData(ReturnTables.PlacedAdoption, "INT02", "Internal Check: Child in PlacedAdoption does not exist in Header.")]
    [InlineData(ReturnTables.PrevPerm, "INT07", "Internal Check: Child in PrevPerm does not exist in Header.")]
    [InlineData(ReturnTables.Reviews, "INT08", "Internal Check: Child in Reviews does not exist in Header.")]
    [InlineData(ReturnTables.Uasc, "INT09", "Internal Check: Child in UASC does not exist in Header.")]
    [InlineData(ReturnTables.Missing, "INT04", "Internal Check: Child in Missing does not exist in Header.")]
    [InlineData(ReturnTables.SocialWorkerEpisodes, CrossTableRules.SocialWorkerEpisodesNotInHeader, "Child in SWEpisodes does not exist in Header.")]
    public void A_child_missing_from_the_header_breaks_its_tables_rule(string table, string rule, string message)
    {
        var finding = Assert.Single(CrossTableRules.Check(Header(), new TableRow(table, "X9", "2014-09-09")));

        Assert.Equal(new ReturnFinding("X9", table, "CHILD", rule, message), finding);
    }

    [Theory]
    [InlineData(ReturnTables.Episodes)]
    [InlineData(ReturnTables.Oc2)]
    [InlineData(ReturnTables.Oc3)]
    [InlineData(ReturnTables.Uasc)]
    [InlineData(ReturnTables.SocialWorkerEpisodes)]
    [InlineData(ReturnTables.Missing)]
    public void A_child_in_the_header_with_its_dob_breaks_nothing(string table) =>
        Assert.Empty(CrossTableRules.Check(Header(), new TableRow(table, "C1", "2014-09-09")));

    [Theory]
    [InlineData(ReturnTables.Oc2, "INT14", "Internal Check: DOB in OC2 is different to DOB in Header.")]
    [InlineData(ReturnTables.Oc3, "INT15", "Internal Check: DOB in OC3 is different to DOB in Header.")]
    [InlineData(ReturnTables.Uasc, "INT18", "Internal Check: DOB in UASC is different to DOB in Header.")]
    [InlineData(ReturnTables.Missing, "INT13", "Internal Check: DOB in Missing is different to DOB in Header.")]
    [InlineData(ReturnTables.Ad1, "INT11", "Internal Check: DOB in AD1 is different to DOB in Header.")]
    [InlineData(ReturnTables.PlacedAdoption, "INT12", "Internal Check: DOB in PlacedAdoption is different to DOB in Header.")]
    [InlineData(ReturnTables.PrevPerm, "INT16", "Internal Check: DOB in PrevPerm is different to DOB in Header.")]
    [InlineData(ReturnTables.Reviews, "INT17", "Internal Check: DOB in Reviews is different to DOB in Header.")]
    public void A_dob_other_than_the_headers_breaks_its_tables_rule(string table, string rule, string message)
    {
        var finding = Assert.Single(CrossTableRules.Check(Header(), new TableRow(table, "C2", "2007-10-02")));

        Assert.Equal(new ReturnFinding("C2", table, "DOB", rule, message), finding);
    }

    [Fact]
    public void Social_worker_episodes_dob_is_not_compared_as_the_validator_has_no_such_rule() =>
        Assert.Empty(CrossTableRules.Check(Header(), new TableRow(ReturnTables.SocialWorkerEpisodes, "C2", "2007-10-02")));

    [Theory]
    [InlineData("C3", "2014-09-09")] // the Header's DOB is blank
    [InlineData("C2", "")] // the table's DOB is blank
    [InlineData("C2", null)]
    public void A_blank_dob_on_either_side_is_not_compared(string child, string? dob) =>
        Assert.Empty(CrossTableRules.Check(Header(), new TableRow(ReturnTables.Oc3, child, dob)));

    [Fact]
    public void A_child_missing_from_the_header_is_not_also_told_its_dob_differs()
    {
        var findings = CrossTableRules.Check(Header(), new TableRow(ReturnTables.Oc2, "X9", "2000-01-01"));

        Assert.Equal(["INT05"], findings.Select(f => f.Rule));
    }

    [Fact]
    public void Many_rows_of_one_child_in_one_table_make_one_finding()
    {
        var rows = new[]
        {
            new TableRow(ReturnTables.Episodes, "X9"), new TableRow(ReturnTables.Episodes, "X9"), new TableRow(ReturnTables.Episodes, "C1"),
            new TableRow(ReturnTables.SocialWorkerEpisodes, "X9", "2014-09-09"),
        };

        var findings = CrossTableRules.Check(Header(), rows);

        Assert.Equal([("X9", "Episodes", "INT03"), ("X9", "SWEpisodes", CrossTableRules.SocialWorkerEpisodesNotInHeader)],
            findings.Select(f => (f.Child, f.Table, f.Rule)));
    }

    [Fact]
    public void A_header_child_given_twice_keeps_its_first_dob()
    {
        var header = Header();
        header.Add("C1", "2000-01-01");

        Assert.Equal((3, "2014-09-09"), (header.Count, header.DobOf("C1")));
    }

    [Fact]
    public void A_table_the_rules_do_not_cover_is_refused() =>
        Assert.Throws<ArgumentException>(() => CrossTableRules.Check(Header(), new TableRow(ReturnTables.Header, "C1")).ToList());

    [Fact]
    public void A_upn_given_for_two_children_names_both_and_the_unknown_codes_are_shared_freely()
    {
        var header = new HeaderIndex();

        Assert.Empty(CrossTableRules.CheckUpn(header, "C1", "A123456789012"));
        Assert.Empty(CrossTableRules.CheckUpn(header, "C1", "A123456789012"));
        Assert.Empty(CrossTableRules.CheckUpn(header, "C2", "UN1"));
        Assert.Empty(CrossTableRules.CheckUpn(header, "C3", "UN1"));
        Assert.Empty(CrossTableRules.CheckUpn(header, "C4", ""));
        Assert.Empty(CrossTableRules.CheckUpn(header, "C5", ""));
        var duplicate = CrossTableRules.CheckUpn(header, "C6", "A123456789012").ToList();

        Assert.Equal([("C1", "Header", "UPN", "444"), ("C6", "Header", "UPN", "444")], duplicate.Select(f => (f.Child, f.Table, f.Field, f.Rule)));
        Assert.Equal("Duplicate UPN has been reported: CHILD C1 gives the same UPN.", duplicate[1].Message);
    }
}
