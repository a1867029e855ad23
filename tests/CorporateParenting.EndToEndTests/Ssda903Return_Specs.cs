extern alias PlacementsApi;
extern alias ReportingApi;

using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.Audit;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Grpc.Core;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementsDbContext = PlacementsApi::Placements.Api.Infrastructure.PlacementsDbContext;
using ReportingDbContext = ReportingApi::Reporting.Api.Infrastructure.ReportingDbContext;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// The SSDA903 return assembled by Reporting (docs/ssda903.md §7.3) from Placements, Health and Leaving Care, all four
/// in-process over the real database and broker, Reporting reaching the others over gRPC under the caller's own token.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class Ssda903Return_Specs(InfrastructureFixture fixture) : IAsyncLifetime
{
    private const int YearEnding = 2026; // 2025-26
    private static readonly Metadata CaseSystem = TestTokens.GrpcAs(Roles.CaseSystem);
    private static readonly string Analyst = DevelopmentTokens.Create(TestTokens.SigningKey, "analyst-1", [Roles.Performance]);

    private InProcessPlatform _platform = null!;
    private Placements.V1.Placements.PlacementsClient _placements = null!;

    public async Task InitializeAsync()
    {
        _platform = await InProcessPlatform.StartAsync(fixture);
        _placements = new(_platform.Placements.CreateGrpcChannel());
    }

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    private async Task<string> EnterAsync(string reference, string on, string dateOfBirth, string sex = "F", string upn = "T831200001001")
    {
        var entered = await _placements.RecordEntryToCareAsync(new RecordEntryToCareRequest
        {
            ClientRequestId = $"enter-{reference}", CaseReference = reference, GivenName = "Kai", FamilyName = "Reid",
            DateOfBirth = dateOfBirth, Sex = sex, EnteredCareOn = on, LegalStatus = "C1", CategoryOfNeed = "N1",
            PlacementType = "U6", PlacementProvider = "PR1", ProviderUrn = "SC000001", PlacementPostcode = "DE22 3BB",
            PlacementAuthorityCode = "E06000015", Upn = upn, HomePostcode = "DE1 2AA", Ethnicity = "WBRI", Mother = sex == "F" ? "0" : "",
        }, CaseSystem);
        return entered.ChildId;
    }

    /// <summary>
    /// A: looked after since January 2024 (so in OC2, with no SDQ yet), a social worker from May 2025 who left the role in
    /// December. B: in care from 15 to 18, 19 in October 2025 (so in OC3, with its contact, accommodation and activity recorded). C: in care since June
    /// 2025 with no UPN. D: a care leaver Leaving Care holds and Placements does not (as if its record had been lost), so
    /// not in the Header.
    /// </summary>
    private async Task<(string A, string B, Guid D)> RecordChildrenAsync()
    {
        var a = await EnterAsync("RP-A", "2024-01-10", "2014-09-09");
        await _placements.AllocateSocialWorkerAsync(new AllocateSocialWorkerRequest
        {
            ClientRequestId = "sw-a", ChildId = a, SocialWorkerId = "SW123", SocialWorkerName = "Jo Bloggs", AllocatedOn = "2025-05-01",
        }, CaseSystem);
        await _placements.AllocateSocialWorkerAsync(new AllocateSocialWorkerRequest
        {
            ClientRequestId = "sw-a2", ChildId = a, SocialWorkerId = "SW456", SocialWorkerName = "Sam Lee", AllocatedOn = "2025-12-01", ReasonForChange = "LEFTRL",
        }, CaseSystem);
        await _placements.RecordMissingEpisodeAsync(new RecordMissingEpisodeRequest
        {
            ClientRequestId = "missing-a", ChildId = a, Missing = "A", StartedOn = "2025-07-01", EndedOn = "2025-07-02",
        }, CaseSystem);
        var b = await EnterAsync("RP-B", "2021-10-01", "2006-10-01", sex: "M", upn: "G831200001002");
        await _placements.RecordCareEndedAsync(new RecordCareEndedRequest { ClientRequestId = "end-b", ChildId = b, EndedOn = "2024-10-01", ReasonCeased = "E17" }, CaseSystem);
        await EnterAsync("RP-C", "2025-06-01", "2012-03-03", upn: "");

        var d = Guid.NewGuid();
        var (period, born) = (Guid.NewGuid(), new DateOnly(2005, 6, 15));
        var bus = _platform.LeavingCare.Services.GetRequiredService<IBus>();
        await bus.Publish(new ChildEnteredCare(d, period, "Lee", "Lost", born, born.AddYears(15), "C2", "N1", "U1", "E06000015", false, DateTimeOffset.UtcNow));
        await bus.Publish(new ChildLeftCare(d, period, "Lee", "Lost", born, born.AddYears(15), born.AddYears(18), "E17", DateTimeOffset.UtcNow));

        using var team = _platform.LeavingCare.CreateClient(TestTokens.For(Roles.LeavingCare));
        await Eventually.ReturnsAsync(async () => (await team.GetAsync($"/api/leaving-care/young-people/{b}")).StatusCode, s => s == HttpStatusCode.OK, "B to reach Leaving Care");
        Assert.Equal(HttpStatusCode.Created, (await team.PostAsJsonAsync($"/api/leaving-care/young-people/{b}/accommodation", new { from = "2024-10-01", code = "B1" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await team.PostAsJsonAsync($"/api/leaving-care/young-people/{b}/activity", new { from = "2024-10-01", code = "F1" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await team.PostAsJsonAsync($"/api/leaving-care/young-people/{b}/contacts", new { on = "2025-10-01", inTouch = "YES", method = "visit" })).StatusCode);
        return (a, b, d);
    }

    private async Task<JsonElement[]> FindingsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/reporting/ssda903/{YearEnding}/findings")).GetProperty("findings").EnumerateArray().ToArray();

    [Fact]
    public async Task The_zip_holds_every_table_of_the_year_and_the_last_with_the_services_findings_and_the_cross_table_ones()
    {
        var (a, b, d) = await RecordChildrenAsync();
        using var analyst = _platform.Reporting.CreateClient(Analyst);

        // Health and Leaving Care learn of the children from Placements' events: wait until both tables hold theirs.
        var findings = await Eventually.ReturnsAsync(() => FindingsAsync(analyst),
            f => f.Any(x => x.GetProperty("table").GetString() == "OC2") && f.Any(x => x.GetProperty("rule").GetString() == "INT06"),
            "the OC2 and OC3 rows to reach the return");
        // Health's and Placements' own, C's previous permanence option the case system has not given (C came into care in
        // the year), Leaving Care's gaps in D's row, and the cross-table rule D breaks.
        Assert.Equal(
            [("RP-A", "OC2", "SDQ_SCORE", "186"), ("RP-C", "PrevPerm", "PREV_PERM", "630"), ("RP-C", "Header", "UPN", "442"), (d.ToString(), "OC3", "ACCOM", "OC3-incomplete"),
                (d.ToString(), "OC3", "ACTIV", "OC3-incomplete"), (d.ToString(), "OC3", "CHILD", "INT06"), (d.ToString(), "OC3", "IN_TOUCH", "OC3-incomplete")],
            findings.Select(f => (f.GetProperty("child").GetString()!, f.GetProperty("table").GetString()!, f.GetProperty("field").GetString()!, f.GetProperty("rule").GetString()!))
                .OrderBy(f => f.Item1.StartsWith("RP-", StringComparison.Ordinal) ? 0 : 1).ThenBy(f => f.Item1, StringComparer.Ordinal).ThenBy(f => f.Item3, StringComparer.Ordinal));

        using var response = await analyst.GetAsync($"/api/reporting/ssda903/{YearEnding}", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("SSDA903_2025-26.zip", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        Assert.Equal(
            ["Header.csv", "Episodes.csv", "PlacementAuthorities.csv", "UASC.csv", "SWEpisodes.csv", "Missing.csv", "OC2.csv", "OC3.csv", "Reviews.csv", "AD1.csv",
                "PlacedAdoption.csv", "PrevPerm.csv", "Header_last.csv", "Episodes_last.csv", "PlacementAuthorities_last.csv", "findings.csv"],
            zip.Entries.Select(e => e.FullName));
        string[] Lines(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open());
            return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }

        Assert.Equal(
            ["CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB", "RP-A,F,09/09/2014,WBRI,T831200001001,0,", "RP-B,M,01/10/2006,WBRI,G831200001002,,", "RP-C,F,03/03/2012,WBRI,,0,"],
            Lines("Header.csv").Take(1).Concat(Lines("Header.csv").Skip(1).Order(StringComparer.Ordinal)));
        Assert.Equal(
            ["CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
                "RP-A,10/01/2024,S,C1,N1,U6,PR1,,,,DE1 2AA,DE22 3BB,SC000001", "RP-C,01/06/2025,S,C1,N1,U6,PR1,,,,DE1 2AA,DE22 3BB,SC000001"],
            Lines("Episodes.csv").Take(1).Concat(Lines("Episodes.csv").Skip(1).Order(StringComparer.Ordinal)));
        Assert.Equal(["CHILD,DECOM,PL_LA", "RP-A,10/01/2024,E06000015", "RP-C,01/06/2025,E06000015"],
            Lines("PlacementAuthorities.csv").Take(1).Concat(Lines("PlacementAuthorities.csv").Skip(1).Order(StringComparer.Ordinal)));
        Assert.Equal(["CHILD,SEX,DOB,DUC"], Lines("UASC.csv"));
        Assert.Equal(["CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", "RP-A,09/09/2014,SW123,01/05/2025,01/12/2025,FCONTA", "RP-A,09/09/2014,SW456,01/12/2025,,LEFTRL"],
            Lines("SWEpisodes.csv"));
        Assert.Equal(["CHILD,DOB,MISSING,MIS_START,MIS_END", "RP-A,09/09/2014,A,01/07/2025,02/07/2025"], Lines("Missing.csv"));
        var oc2 = Lines("OC2.csv");
        Assert.Equal("CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED", oc2[0]);
        Assert.StartsWith("RP-A,09/09/2014,", Assert.Single(oc2.Skip(1)));
        Assert.Equal(
            ["CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", "RP-B,01/10/2006,YES,F1,B1", $"{d},15/06/2005,,,"],
            Lines("OC3.csv").Take(1).Concat(Lines("OC3.csv").Skip(1).OrderBy(l => l.StartsWith("RP-", StringComparison.Ordinal) ? 0 : 1)));
        Assert.Equal(["CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB", "RP-A,F,09/09/2014,WBRI,T831200001001,0,", "RP-B,M,01/10/2006,WBRI,G831200001002,,"],
            Lines("Header_last.csv").Take(1).Concat(Lines("Header_last.csv").Skip(1).Order(StringComparer.Ordinal)));
        Assert.Equal(
            ["RP-A,10/01/2024,S,C1,N1,U6,PR1,,,,DE1 2AA,DE22 3BB,SC000001", "RP-B,01/10/2021,S,C1,N1,U6,PR1,01/10/2024,E17,,DE1 2AA,DE22 3BB,SC000001"],
            Lines("Episodes_last.csv").Skip(1).Order(StringComparer.Ordinal));
        Assert.Equal(["RP-A,10/01/2024,E06000015", "RP-B,01/10/2021,E06000015"], Lines("PlacementAuthorities_last.csv").Skip(1).Order(StringComparer.Ordinal));
        var findingsCsv = Lines("findings.csv");
        Assert.Equal("CHILD,TABLE,FIELD,RULE,MESSAGE", findingsCsv[0]);
        Assert.Equal(findings.Length, findingsCsv.Length - 1);
        Assert.Contains(findingsCsv, l => l.StartsWith($"{d},OC3,CHILD,INT06,Internal Check: Child in OC3 does not exist in Header.", StringComparison.Ordinal));

        // Reporting records who took which year; Placements records the analyst, not Reporting, as the reader of its rows.
        await using var reportingScope = _platform.Reporting.Services.CreateAsyncScope();
        var taken = await reportingScope.ServiceProvider.GetRequiredService<ReportingDbContext>().Set<AuditRecord>()
            .Where(r => r.Action == "GET /api/reporting/ssda903/{yearEnding}").Select(r => new { r.Subject, r.RecordId }).ToListAsync();
        Assert.Equal([("analyst-1", "2025-26")], taken.Select(t => (t.Subject, t.RecordId)));
        await using var placementsScope = _platform.Placements.Services.CreateAsyncScope();
        var streamed = await placementsScope.ServiceProvider.GetRequiredService<PlacementsDbContext>().Set<AuditRecord>()
            .Where(r => r.Action == "placements.v1.Placements/StreamReturn").Select(r => r.Subject).Distinct().ToListAsync();
        Assert.Equal(["analyst-1"], streamed);
    }

    [Fact]
    public async Task Only_the_performance_team_produces_the_return_and_a_bad_year_is_named()
    {
        using var board = _platform.Reporting.CreateClient(TestTokens.For(Roles.Board));
        using var placementsTeam = _platform.Reporting.CreateClient(TestTokens.For(Roles.Placements));
        using var analyst = _platform.Reporting.CreateClient(Analyst);

        Assert.Equal(HttpStatusCode.Forbidden, (await board.GetAsync($"/api/reporting/ssda903/{YearEnding}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await board.GetAsync($"/api/reporting/ssda903/{YearEnding}/findings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await placementsTeam.GetAsync($"/api/reporting/ssda903/{YearEnding}")).StatusCode);
        foreach (var bad in new[] { "26", "twenty", "2026-27" })
        {
            var refused = await analyst.GetAsync($"/api/reporting/ssda903/{bad}");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal(["yearEnding"], (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        }

        // An empty year is still a whole return: every table with its header row.
        using var empty = await analyst.GetAsync($"/api/reporting/ssda903/{YearEnding}");
        using var zip = new ZipArchive(new MemoryStream(await empty.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        Assert.Equal(16, zip.Entries.Count);
        Assert.Equal("CHILD,DOB,REVIEW,REVIEW_CODE\n", new StreamReader(zip.GetEntry("Reviews.csv")!.Open()).ReadToEnd());
        Assert.Equal("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n", new StreamReader(zip.GetEntry("OC3.csv")!.Open()).ReadToEnd());
    }

    private static StringContent Csv(params string[] lines) => new(string.Join('\n', lines), System.Text.Encoding.UTF8, "text/csv");

    [Fact]
    public async Task The_case_systems_reviews_are_imported_row_by_row_merged_into_the_return_and_replaced_by_the_next_import()
    {
        await RecordChildrenAsync();
        using var analyst = _platform.Reporting.CreateClient(Analyst);
        var reviews = $"/api/reporting/ssda903/{YearEnding}/tables/Reviews";

        var first = await analyst.PutAsync(reviews, Csv("CHILD,DOB,REVIEW,REVIEW_CODE",
            "RP-A,09/09/2014,01/06/2025,PN1", "RP-A,09/09/2014,01/12/2025,PN9", "RP-Z,01/01/2023,2025-07-01,PN0", "RP-C,01/01/2012,01/08/2025,PN2"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var report = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, report.GetProperty("rows").GetInt32());
        var rejected = Assert.Single(report.GetProperty("rejections").EnumerateArray().ToArray());
        Assert.Equal((3, "RP-A", "REVIEW_CODE"), (rejected.GetProperty("line").GetInt32(), rejected.GetProperty("child").GetString(), rejected.GetProperty("field").GetString()));
        var held = Assert.Single((await analyst.GetFromJsonAsync<JsonElement>($"/api/reporting/ssda903/{YearEnding}/tables")).EnumerateArray().ToArray());
        Assert.Equal(("Reviews", 3, 1, "analyst-1"), (held.GetProperty("table").GetString(), held.GetProperty("rows").GetInt32(),
            held.GetProperty("rejected").GetInt32(), held.GetProperty("importedBy").GetString()));

        // Merged into the return, with the cross-table rules: RP-Z is in no Header, RP-C's DOB is not the Header's.
        var findings = await FindingsAsync(analyst);
        Assert.Equal([("RP-C", "DOB", "INT17"), ("RP-Z", "CHILD", "INT08")], findings.Where(f => f.GetProperty("table").GetString() == "Reviews")
            .Select(f => (f.GetProperty("child").GetString()!, f.GetProperty("field").GetString()!, f.GetProperty("rule").GetString()!)));
        async Task<string> ReviewsCsvAsync()
        {
            using var zip = new ZipArchive(new MemoryStream(await analyst.GetByteArrayAsync($"/api/reporting/ssda903/{YearEnding}")), ZipArchiveMode.Read);
            return await new StreamReader(zip.GetEntry("Reviews.csv")!.Open()).ReadToEndAsync();
        }
        Assert.Equal("CHILD,DOB,REVIEW,REVIEW_CODE\nRP-A,09/09/2014,01/06/2025,PN1\nRP-Z,01/01/2023,01/07/2025,PN0\nRP-C,01/01/2012,01/08/2025,PN2\n",
            await ReviewsCsvAsync());

        // The corrected file replaces the first, whole.
        var second = await analyst.PutAsync(reviews, Csv("CHILD,DOB,REVIEW,REVIEW_CODE", "RP-A,09/09/2014,01/06/2025,PN1", "RP-A,09/09/2014,01/12/2025,PN3"));
        Assert.Equal(2, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").GetInt32());
        Assert.Equal("CHILD,DOB,REVIEW,REVIEW_CODE\nRP-A,09/09/2014,01/06/2025,PN1\nRP-A,09/09/2014,01/12/2025,PN3\n", await ReviewsCsvAsync());
        Assert.DoesNotContain(await FindingsAsync(analyst), f => f.GetProperty("table").GetString() == "Reviews");

        // A file without the table's columns, or a table no one imports, is refused whole and names what is wrong; the held rows stay.
        foreach (var (path, content, field) in new[]
        {
            (reviews, Csv("CHILD,DOB,REVIEW", "RP-A,09/09/2014,01/06/2025"), "file"),
            (reviews, Csv(), "file"),
            ($"/api/reporting/ssda903/{YearEnding}/tables/Episodes", Csv("CHILD,DECOM"), "table"),
            ("/api/reporting/ssda903/26/tables/Reviews", Csv("CHILD,DOB,REVIEW,REVIEW_CODE"), "yearEnding"),
        })
        {
            var refused = await analyst.PutAsync(path, content);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), path);
        }
        Assert.Equal(2, (await analyst.GetFromJsonAsync<JsonElement>($"/api/reporting/ssda903/{YearEnding}/tables"))[0].GetProperty("rows").GetInt32());
        using var board = _platform.Reporting.CreateClient(TestTokens.For(Roles.Board));
        Assert.Equal(HttpStatusCode.Forbidden, (await board.PutAsync(reviews, Csv("CHILD,DOB,REVIEW,REVIEW_CODE"))).StatusCode);
    }

    [Fact]
    public async Task An_imported_row_wrong_on_its_face_is_refused_citing_its_rule_and_rows_wrong_together_are_the_returns_findings()
    {
        await RecordChildrenAsync();
        using var analyst = _platform.Reporting.CreateClient(Analyst);

        var imported = await analyst.PutAsync($"/api/reporting/ssda903/{YearEnding}/tables/PlacedAdoption", Csv(
            "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
            "RP-A,09/09/2014,01/01/2014,,", "RP-A,09/09/2014,01/06/2025,,", "RP-A,09/09/2014,01/07/2025,01/06/2025,RD1"));

        var rejected = Assert.Single((await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rejections").EnumerateArray().ToArray());
        Assert.Equal((4, "DATE_PLACED_CEASED"), (rejected.GetProperty("line").GetInt32(), rejected.GetProperty("field").GetString()));
        Assert.EndsWith("(rule 522).", rejected.GetProperty("message").GetString());
        // Kept: a decision before RP-A was born, by the Header's DOB (184), so before it came into care (1003), and a second
        // while it is open (579, 583).
        Assert.Equal([("DATE_PLACED", "1003"), ("DATE_PLACED", "184"), ("DATE_PLACED", "579"), ("DATE_PLACED_CEASED", "583")],
            (await FindingsAsync(analyst)).Where(f => f.GetProperty("table").GetString() == "PlacedAdoption")
            .Select(f => (f.GetProperty("field").GetString()!, f.GetProperty("rule").GetString()!)));
    }

    [Fact]
    public async Task The_case_systems_tables_are_checked_against_the_episodes_each_other_and_last_years_decisions()
    {
        await RecordChildrenAsync();
        using var analyst = _platform.Reporting.CreateClient(Analyst);
        async Task PutAsync(int yearEnding, string table, params string[] lines) =>
            Assert.Equal(HttpStatusCode.OK, (await analyst.PutAsync($"/api/reporting/ssda903/{yearEnding}/tables/{table}", Csv(lines))).StatusCode);

        // RP-A has been looked after since January 2024 and was not adopted; last year's return gave a decision to place it.
        await PutAsync(YearEnding, "AD1", "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR", "RP-A,09/09/2014,01/06/2025,01/07/2025,0,2,MF,L11");
        await PutAsync(YearEnding - 1, "PlacedAdoption", "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", "RP-A,09/09/2014,01/02/2025,,");
        await PutAsync(YearEnding, "PlacedAdoption", "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", "RP-A,09/09/2014,02/02/2025,,");

        // AD1 for a child looked after all year (187) and not adopted in it (602); a decision dated otherwise than AD1's
        // DATE_INT (523) and than last year's open decision (560).
        Assert.Equal([("AD1", "CHILD", "602"), ("AD1", "DATE_INT", "187"), ("PlacedAdoption", "DATE_PLACED", "523"), ("PlacedAdoption", "DATE_PLACED", "560")],
            (await FindingsAsync(analyst)).Where(f => f.GetProperty("child").GetString() == "RP-A" && f.GetProperty("table").GetString() is "AD1" or "PlacedAdoption")
            .Select(f => (f.GetProperty("table").GetString()!, f.GetProperty("field").GetString()!, f.GetProperty("rule").GetString()!)).Order());

        // Last year's decisions go into the zip, for the DfE's tool to run the same rules.
        using var zip = new ZipArchive(await analyst.GetStreamAsync($"/api/reporting/ssda903/{YearEnding}"), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("PlacedAdoption_last.csv")!.Open());
        Assert.Equal("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\nRP-A,09/09/2014,01/02/2025,,", reader.ReadToEnd().Trim().ReplaceLineEndings("\n"));
    }
}
