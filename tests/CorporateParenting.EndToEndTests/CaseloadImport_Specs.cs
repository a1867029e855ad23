extern alias PlacementsApi;

using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using CaseloadImport = PlacementsApi::Placements.Api.Import.CaseloadImport;
using ImportReport = PlacementsApi::Placements.Api.Import.ImportReport;

namespace CorporateParenting.EndToEndTests;

/// <summary>Migrating an existing caseload from SSDA903 CSV files: all or nothing per child, a report for the refused, re-import changes nothing.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseloadImport_Specs(InfrastructureFixture fixture) : PlacementsAndHealthSpecs(fixture)
{
    private const string Header = """
        CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
        C001,1,14/03/2012,WBRI,T831200001001,,
        C002,F,02/11/2015,NOBT,,,
        C003,M,29/02/2016,WBRI,,,
        """;

    // C001: two periods, the first with a placement move joined by X1. C002: fine. C003: starts in a temporary placement (rule 380).
    private const string Episodes = """
        CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,PL_LA
        C001,05/01/2024,S,C2,N1,U6,PR1,01/06/2024,X1,CARPL,DE1 2AA,DE22 3BB,SC000001,E06000015
        C001,01/06/2024,P,C2,N1,K2,PR4,01/02/2025,E4A,,DE1 2AA,S40 1AA,SC123456,E10000007
        C001,10/03/2025,S,V2,N4,U6,PR1,,,,DE1 2AA,DE22 3BB,SC000001,E06000015
        C002,12/08/2025,S,C1,N1,U4,PR1,,,,,,SC000001,E06000015
        C003,01/09/2025,S,V2,N5,T1,,,,,,,,E06000015
        """;

    private async Task<ImportReport> ImportAsync(string header, string episodes)
    {
        await using var scope = PlacementsService.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseloadImport>().ImportAsync(new StringReader(header), new StringReader(episodes), CancellationToken.None);
    }

    [Fact]
    public async Task Good_children_are_imported_a_bad_one_is_reported_by_line_and_rule_and_reimporting_changes_nothing()
    {
        var first = await ImportAsync(Header, Episodes);
        var again = await ImportAsync(Header, Episodes);

        Assert.Equal((2, 0, 1), (first.Imported, first.Unchanged, first.RejectedChildren));
        var rejection = Assert.Single(first.Rejections);
        Assert.Equal(("C003", "Episodes", 6), (rejection.Child, rejection.Table, rejection.Line));
        Assert.Contains("temporary", rejection.Rule, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((0, 2), (again.Imported, again.Unchanged));

        using var call = Placements.ListChildren(new ListChildrenRequest { LookedAfterOn = "2025-09-01" }, TestTokens.GrpcAs(Roles.CaseSystem));
        var listed = new List<ChildSummary>();
        await foreach (var child in call.ResponseStream.ReadAllAsync())
        {
            listed.Add(child);
        }
        Assert.Equal(["C001", "C002"], listed.Select(c => c.CaseReference).Order());
        var c001 = await Placements.GetChildAsync(new GetChildRequest { ChildId = listed.Single(c => c.CaseReference == "C001").ChildId }, TestTokens.GrpcAs(Roles.CaseSystem));
        Assert.Equal(2, c001.PeriodsOfCare.Count);
        Assert.Equal(["S", "P"], c001.PeriodsOfCare[0].Episodes.Select(e => e.ReasonForNewEpisode));
        Assert.Equal(("2025-02-01", "E4A", "CARPL"), (c001.PeriodsOfCare[0].EndedOn, c001.PeriodsOfCare[0].ReasonCeased, c001.PeriodsOfCare[0].Episodes[0].ReasonForChange));
        Assert.Equal(("M", "T831200001001"), (c001.Sex, c001.Upn));
    }

    [Fact]
    public async Task Field_errors_name_the_file_line_and_field_and_a_changed_history_is_refused_on_reimport()
    {
        await ImportAsync(Header, Episodes);
        const string badHeader = """
            CHILD,SEX,DOB,ETHNIC,UPN
            C001,1,14/03/2012,WBRI,T831200001001
            C009,X,31/02/2015,WBRI,ABC
            """;
        const string changedEpisodes = """
            CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,PL_LA
            C001,05/01/2024,S,C1,N1,U6,PR1,,,,,,SC000001,E06000015
            C009,2025-01-01,S,C2,N1,U6,PR1,,,,,,SC000001,E06000015
            """;

        var report = await ImportAsync(badHeader, changedEpisodes);

        Assert.Equal(0, report.Imported);
        Assert.Equal(["C001/CHILD", "C009/DOB", "C009/SEX", "C009/UPN"], report.Rejections.Select(r => $"{r.Child}/{r.Field}").Order());
        Assert.All(report.Rejections.Where(r => r.Child == "C009"), r => Assert.Equal(("Header", 3), (r.Table, r.Line)));
    }

    [Fact]
    public async Task Mother_and_her_first_childs_date_of_birth_are_imported_when_given_and_a_child_breaking_their_rules_is_reported()
    {
        const string header = """
            CHILD,SEX,DOB,MOTHER,MC_DOB
            M001,F,29/02/2012,1,28/02/2023
            M002,F,14/05/2010,0,
            M003,2,14/05/2010,,
            M004,M,14/05/2010,0,
            M005,F,14/05/2010,1,
            M006,F,14/05/2010,0,03/11/2025
            M007,F,29/02/2012,1,27/02/2023
            M008,F,14/05/2010,Y,
            M009,F,14/05/2010,1,2025-13-01
            """;
        var episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,PL_LA\n"
            + string.Concat(Enumerable.Range(1, 9).Select(n => $"M00{n},12/08/2025,S,C1,N1,U1,PR1,,,,,,SC000001,E06000015\n"));

        var report = await ImportAsync(header, episodes);

        Assert.Equal(3, report.Imported);
        Assert.Equal([
            ("M004", "MOTHER", "rule 165"), ("M005", "MOTHER", "rule 611"), ("M006", "MC_DOB", "rule 612"), ("M007", "MC_DOB", "rule 620"),
            ("M008", "MOTHER", "rule 165"), ("M009", "MC_DOB", "")],
            report.Rejections.Select(r => (r.Child, r.Field, r.Rule.Contains("(rule ") ? r.Rule[(r.Rule.LastIndexOf("(rule ") + 1)..^2] : "")).Order());
        using var call = Placements.ListChildren(new ListChildrenRequest { LookedAfterOn = "2025-09-01" }, TestTokens.GrpcAs(Roles.CaseSystem));
        var motherhood = new Dictionary<string, (string, string)>();
        await foreach (var summary in call.ResponseStream.ReadAllAsync())
        {
            var child = await Placements.GetChildAsync(new GetChildRequest { ChildId = summary.ChildId }, TestTokens.GrpcAs(Roles.CaseSystem));
            motherhood[child.CaseReference] = (child.Mother, child.FirstChildBornOn);
        }
        Assert.Equal(new Dictionary<string, (string, string)> { ["M001"] = ("1", "2023-02-28"), ["M002"] = ("0", ""), ["M003"] = ("", "") }, motherhood);
    }

    [Fact]
    public async Task A_file_without_a_required_column_is_refused_whole()
    {
        var error = await Assert.ThrowsAsync<FormatException>(() => ImportAsync("CHILD,SEX\nC1,M", Episodes));

        Assert.Contains("DOB", error.Message);
    }

    [Fact]
    public async Task The_DfE_s_own_Episodes_imports_with_each_placement_authority_from_the_file_beside_it()
    {
        const string header = """
            CHILD,SEX,DOB
            P001,F,02/11/2015
            P002,M,02/11/2015
            """;
        const string episodes = """
            CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
            P001,12/08/2025,S,C1,N1,U4,PR1,01/10/2025,X1,CARPL,,,SC000001
            P001,01/10/2025,P,C1,N1,U4,PR4,,,,,,SC123456
            P002,12/08/2025,S,C1,N1,U4,PR1,,,,,,SC000001
            """;
        const string placementAuthorities = """
            CHILD,DECOM,PL_LA
            P001,12/08/2025,E06000015
            P001,01/10/2025,E10000007
            """;
        await using var scope = PlacementsService.Services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<CaseloadImport>();

        var report = await import.ImportAsync(new StringReader(header), new StringReader(episodes), new StringReader(placementAuthorities), CancellationToken.None);
        var withoutThem = await Assert.ThrowsAsync<FormatException>(() => import.ImportAsync(new StringReader(header), new StringReader(episodes), CancellationToken.None));
        var twice = await Assert.ThrowsAsync<FormatException>(() => import.ImportAsync(new StringReader(Header), new StringReader(Episodes), new StringReader(placementAuthorities), CancellationToken.None));

        Assert.Equal(1, report.Imported);
        Assert.Equal([("P002", "PL_LA")], report.Rejections.Select(r => (r.Child, r.Field)));
        Assert.Contains("PlacementAuthorities", withoutThem.Message);
        Assert.Contains("give it once", twice.Message);
        using var call = Placements.ListChildren(new ListChildrenRequest { LookedAfterOn = "2025-10-02" }, TestTokens.GrpcAs(Roles.CaseSystem));
        await foreach (var summary in call.ResponseStream.ReadAllAsync())
        {
            var child = await Placements.GetChildAsync(new GetChildRequest { ChildId = summary.ChildId }, TestTokens.GrpcAs(Roles.CaseSystem));
            if (child.CaseReference == "P001")
            {
                Assert.Equal(["E06000015", "E10000007"], child.PeriodsOfCare.Single().Episodes.Select(e => e.PlacementAuthorityCode));
            }
        }
    }
}
