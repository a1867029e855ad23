extern alias VirtualSchoolApi;

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using AttendanceImportCommand = VirtualSchoolApi::VirtualSchool.Api.Cli.AttendanceImportCommand;
using AttendanceMarkHistoryRow = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.AttendanceMarkHistoryRow;
using AttendanceMarkRow = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.AttendanceMarkRow;
using ExclusionRow = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.ExclusionRow;
using PupilRow = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.PupilRow;
using VirtualSchoolDbContext = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.VirtualSchoolDbContext;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// The daily attendance feed over HTTP and as a command, on real PostgreSQL: good, mixed, malformed, huge and repeated
/// files, a later mark superseding an earlier one with its history kept, exclusions from the feed and by staff, and who may send.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AttendanceFeed_Specs(InfrastructureFixture fixture) : VirtualSchoolSpecs(fixture)
{
    private const string Files = "/api/virtual-school/attendance/files";
    private const string Urn = "112233";
    private const string OtherUrn = "445566";
    private const string Header = "upn,urn,date,session,code,reason,exclusion";

    // Mondays to Fridays of the autumn term 2026 after half term (26-30 Oct), before today.
    private const string Monday = "2026-11-02";
    private const string Tuesday = "2026-11-03";

    private async Task<IReadOnlyList<(Guid Id, string Upn)>> SeedPupilsAsync(int count)
    {
        using var scope = VirtualSchoolService.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>();
        var pupils = Enumerable.Range(1, count).Select(i => new PupilRow
        {
            Id = Guid.NewGuid(), Responsibility = PupilRow.Ours, GivenName = "Pupil", FamilyName = $"Number {i}",
            DateOfBirth = new DateOnly(2014, 5, 1), Upn = $"A{i:D12}", PlacementAuthorityCode = "E06000015", IsCurrent = true,
        }).ToList();
        db.AddRange(pupils);
        await db.SaveChangesAsync();
        return [.. pupils.Select(p => (p.Id, p.Upn!))];
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> SendAsync(HttpClient client, HttpContent content, string query = "")
    {
        var response = await client.PostAsync(Files + query, content);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, body, response);
    }

    private T InDatabase<T>(Func<VirtualSchoolDbContext, T> read)
    {
        using var scope = VirtualSchoolService.Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>());
    }

    private static long Count(JsonElement report, string name) => report.GetProperty(name).GetInt64();

    [Fact]
    public async Task A_good_file_is_kept_whole_and_answered_with_its_report_and_location()
    {
        var pupils = await SeedPupilsAsync(2);
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);

        var (status, report, response) = await SendAsync(staff, Csv($"""
            {Header}
            {pupils[0].Upn},{Urn},{Monday},AM,/,,
            {pupils[0].Upn},{Urn},{Monday},PM,\,,
            {pupils[1].Upn},{Urn},{Monday},AM,N,,
            {pupils[1].Upn},{Urn},{Monday},PM,M,dentist,

            """), "?fileName=monday.csv&source=welfare-call");

        Assert.Equal(HttpStatusCode.Created, status);
        var fileId = report.GetProperty("fileId").GetGuid();
        Assert.Equal($"{Files}/{fileId}", response.Headers.Location!.OriginalString);
        Assert.Equal((4, 4, 0, 0, 0), (Count(report, "rowsRead"), Count(report, "rowsAccepted"), Count(report, "rowsUnchanged"),
            Count(report, "rowsSuperseding"), Count(report, "rowsRejected")));
        var marks = InDatabase(db => db.Set<AttendanceMarkRow>().OrderBy(m => m.Code).ToList());
        Assert.Equal(["/", "M", "N", "\\"], marks.Select(m => m.Code).Order(StringComparer.Ordinal).ToArray());
        Assert.All(marks, m => Assert.Equal(("welfare-call", fileId, Urn), (m.Source, m.FileId!.Value, m.Urn)));
        Assert.Equal("dentist", marks.Single(m => m.Code == "M").Reason);

        var again = await staff.GetFromJsonAsync<JsonElement>($"{Files}/{fileId}");
        Assert.Equal("monday.csv", again.GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task A_mixed_file_keeps_the_good_rows_and_names_the_line_field_and_reason_of_each_bad_one()
    {
        var pupils = await SeedPupilsAsync(1);
        var p = pupils[0].Upn;
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);

        var (status, report, _) = await SendAsync(staff, Csv($"""
            {Header}
            {p},{Urn},{Monday},AM,/,,
            {p},{Urn},{Monday},PM,H,,
            {p},{Urn},{Tuesday},AM,J,,
            {p},{Urn},2026-10-27,AM,I,,
            B000000000999,{Urn},{Tuesday},PM,I,,
            {p},{Urn},2026-11-07,AM,/,,
            {p},{Urn},{Tuesday},XX,/,,
            {p},{Urn},{Monday},AM,L,,

            """));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal((8, 1, 7), (Count(report, "rowsRead"), Count(report, "rowsAccepted"), Count(report, "rowsRejected")));
        var rejections = report.GetProperty("rejections").EnumerateArray()
            .Select(r => (Line: r.GetProperty("line").GetInt64(), Field: r.GetProperty("field").GetString()!, Reason: r.GetProperty("reason").GetString()!))
            .ToList();
        Assert.Equal([(3, "code"), (4, "code"), (5, "date"), (6, "upn"), (7, "date"), (8, "session"), (9, "session")],
            rejections.Select(r => (r.Line, r.Field)).ToArray());
        Assert.Contains("use G", rejections[0].Reason);
        Assert.Contains("or C", rejections[0].Reason);
        Assert.Contains("use J1", rejections[1].Reason);
        Assert.Contains("half-term", rejections[2].Reason);
        Assert.Contains("not the UPN of a pupil", rejections[3].Reason);
        Assert.Contains("weekend", rejections[4].Reason);
        Assert.Contains("repeats line 2", rejections[6].Reason);
        Assert.Single(InDatabase(db => db.Set<AttendanceMarkRow>().ToList()));

        var page = await staff.GetFromJsonAsync<JsonElement>($"{Files}/{report.GetProperty("fileId").GetGuid()}/rejections?page=2&pageSize=5");
        Assert.Equal(7, page.GetProperty("total").GetInt32());
        Assert.Equal([8L, 9L], page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("line").GetInt64()).ToArray());
    }

    [Fact]
    public async Task A_UPN_two_pupils_hold_names_the_current_one_or_nobody_and_our_child_id_settles_which()
    {
        using (var scope = VirtualSchoolService.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>();
            PupilRow Pupil(string upn, bool current) => new()
            {
                Id = Guid.NewGuid(), Responsibility = PupilRow.Ours, GivenName = "Shared", FamilyName = "UPN", DateOfBirth = new DateOnly(2014, 5, 1),
                Upn = upn, PlacementAuthorityCode = "E06000015", IsCurrent = current,
            };
            db.AddRange(Pupil("S000000000001", current: true), Pupil("s000000000001", current: false), Pupil("S000000000002", true), Pupil("S000000000002", true));
            await db.SaveChangesAsync();
        }
        var (returned, left, twinA, twinB) = InDatabase(db =>
        {
            var shared = db.Set<PupilRow>().Where(p => p.FamilyName == "UPN").ToList();
            var first = shared.Where(p => p.Upn!.Equals("S000000000001", StringComparison.OrdinalIgnoreCase)).ToList();
            var second = shared.Where(p => p.Upn == "S000000000002").ToList();
            return (first.Single(p => p.IsCurrent).Id, first.Single(p => !p.IsCurrent).Id, second[0].Id, second[1].Id);
        });
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);

        var (status, report, _) = await SendAsync(staff, Csv($"""
            upn,child_id,urn,date,session,code
            S000000000001,,{Urn},{Monday},AM,/
            S000000000001,{left},{Urn},{Monday},PM,/
            S000000000002,,{Urn},{Monday},AM,/
            S000000000002,{twinB},{Urn},{Monday},PM,/
            S000000000002,{returned},{Urn},{Tuesday},AM,/

            """));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal((5, 3, 2), (Count(report, "rowsRead"), Count(report, "rowsAccepted"), Count(report, "rowsRejected")));
        var rejections = report.GetProperty("rejections").EnumerateArray()
            .Select(r => (r.GetProperty("line").GetInt64(), r.GetProperty("field").GetString(), r.GetProperty("reason").GetString()!)).ToList();
        Assert.Equal((4L, "upn"), (rejections[0].Item1, rejections[0].Item2));
        Assert.Contains("held by more than one pupil", rejections[0].Item3);
        Assert.Equal((6L, "child_id"), (rejections[1].Item1, rejections[1].Item2));
        Assert.Contains("does not hold the row's UPN", rejections[1].Item3);
        var marked = InDatabase(db => db.Set<AttendanceMarkRow>().Where(m => new[] { returned, left, twinA, twinB }.Contains(m.PupilId))
            .Select(m => new { m.PupilId, m.Session }).ToList());
        Assert.Equal(new[] { (returned, (short)0), (left, (short)1), (twinB, (short)1) }.Order(), marked.Select(m => (m.PupilId, m.Session)).Order());
    }

    [Fact]
    public async Task Malformed_files_are_refused_whole_and_quoted_fields_are_read_as_RFC_4180_says()
    {
        var pupils = await SeedPupilsAsync(1);
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);

        var noHeader = await staff.PostAsync(Files, Csv($"{pupils[0].Upn},{Urn},{Monday},AM,/\n"));
        Assert.Equal(HttpStatusCode.BadRequest, noHeader.StatusCode);
        Assert.Contains("header row", await noHeader.Content.ReadAsStringAsync());

        var empty = await staff.PostAsync(Files, Csv(""));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("is empty", await empty.Content.ReadAsStringAsync());

        var json = await staff.PostAsync(Files, new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);

        var (status, report, _) = await SendAsync(staff, Csv(
            $"\"UPN\",\"Code\",\"Date\",\"Session\",\"URN\",\"Reason\"\r\n" +
            $"\"{pupils[0].Upn}\",\"M\",{Monday},\"AM\",{Urn},\"orthodontist, then \"\"the\"\" dentist\nback by noon\"\r\n" +
            $"{pupils[0].Upn},N,{Monday},PM,{Urn},\"unclosed\r\n"));
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(1, Count(report, "rowsAccepted"));
        var rejection = Assert.Single(report.GetProperty("rejections").EnumerateArray());
        Assert.Equal((4L, "line"), (rejection.GetProperty("line").GetInt64(), rejection.GetProperty("field").GetString()));
        Assert.Equal("orthodontist, then \"the\" dentist\nback by noon", InDatabase(db => db.Set<AttendanceMarkRow>().Single().Reason));
    }

    [Fact]
    public async Task A_huge_file_is_streamed_past_the_platforms_1_MiB_limit_which_still_holds_elsewhere()
    {
        var pupils = await SeedPupilsAsync(1000);
        // School days of 2025/26 from 3 Sep: weekdays outside the October half term and the Christmas holiday.
        var days = Enumerable.Range(0, 200).Select(n => new DateOnly(2025, 9, 3).AddDays(n))
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Where(d => d < new DateOnly(2025, 10, 27) || d > new DateOnly(2025, 10, 31))
            .Where(d => d < new DateOnly(2025, 12, 20) || d > new DateOnly(2026, 1, 4))
            .Take(100).ToList();
        var text = new StringBuilder(Header).Append('\n');
        foreach (var day in days)
        {
            foreach (var (_, upn) in pupils)
            {
                text.Append(upn).Append(',').Append(Urn).Append(',').Append(day.ToString("yyyy-MM-dd")).Append(",AM,/,,\n");
                text.Append(upn).Append(',').Append(Urn).Append(',').Append(day.ToString("yyyy-MM-dd")).Append(",PM,\\,,\n");
            }
        }
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        Assert.True(bytes.Length > 4 * 1024 * 1024);
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);

        // Chunked, with no declared length: read as it arrives.
        var (status, report, _) = await SendAsync(staff, new StreamContent(new MemoryStream(bytes)) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } });
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal((200_000, 200_000, 0), (Count(report, "rowsRead"), Count(report, "rowsAccepted"), Count(report, "rowsRejected")));
        Assert.Equal(200_000, InDatabase(db => db.Set<AttendanceMarkRow>().Count()));

        // The other endpoints keep the 1 MiB limit.
        var tooLarge = await staff.PostAsync($"/api/virtual-school/pupils/{pupils[0].Id}/exclusions",
            new ByteArrayContent(new byte[2 * 1024 * 1024]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
    }

    [Fact]
    public async Task The_same_bytes_sent_again_change_nothing_and_get_the_first_report()
    {
        var pupils = await SeedPupilsAsync(1);
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);
        var file = $"{Header}\n{pupils[0].Upn},{Urn},{Monday},AM,N,,\n{pupils[0].Upn},{Urn},{Monday},PM,H,,\n";

        var (firstStatus, first, _) = await SendAsync(staff, Csv(file));
        var (againStatus, again, _) = await SendAsync(staff, Csv(file));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (firstStatus, againStatus));
        Assert.Equal(first.GetRawText(), again.GetRawText());
        Assert.Single(InDatabase(db => db.Set<AttendanceMarkRow>().ToList()));
        Assert.Empty(InDatabase(db => db.Set<AttendanceMarkHistoryRow>().ToList()));
    }

    [Fact]
    public async Task A_later_mark_supersedes_the_earlier_one_which_is_kept_in_the_history()
    {
        var pupils = await SeedPupilsAsync(1);
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);
        var (_, first, _) = await SendAsync(staff, Csv($"{Header}\n{pupils[0].Upn},{Urn},{Monday},AM,N,,\n{pupils[0].Upn},{Urn},{Monday},PM,/,,\n"));

        var (status, second, _) = await SendAsync(staff, Csv($"{Header}\n{pupils[0].Upn},{Urn},{Monday},AM,I,ill,\n{pupils[0].Upn},{Urn},{Monday},PM,/,,\n"));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal((2, 1, 1), (Count(second, "rowsAccepted"), Count(second, "rowsUnchanged"), Count(second, "rowsSuperseding")));
        var mark = InDatabase(db => db.Set<AttendanceMarkRow>().Single(m => m.Session == 0));
        Assert.Equal(("I", "ill", second.GetProperty("fileId").GetGuid()), (mark.Code, mark.Reason, mark.FileId!.Value));
        var history = Assert.Single(InDatabase(db => db.Set<AttendanceMarkHistoryRow>().ToList()));
        Assert.Equal(("N", first.GetProperty("fileId").GetGuid(), second.GetProperty("fileId").GetGuid()),
            (history.Code, history.FileId!.Value, history.SupersededByFileId!.Value));
    }

    [Fact]
    public async Task Flagged_sessions_become_one_exclusion_and_staff_may_record_one_each_publishing_PupilExcluded_once()
    {
        var pupils = await SeedPupilsAsync(2);
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);
        var p = pupils[0].Upn;
        var file = $"{Header}\n{p},{Urn},{Monday},PM,E,fighting,suspension\n{p},{Urn},{Tuesday},AM,E,,suspension\n{p},{Urn},{Tuesday},PM,E,,suspension\n";

        await SendAsync(staff, Csv(file));
        await SendAsync(staff, Csv(file + "\n"));

        var exclusion = Assert.Single(InDatabase(db => db.Set<ExclusionRow>().ToList()));
        Assert.Equal((ExclusionRow.Suspension, new DateOnly(2026, 11, 2), (short)1, 3, "fighting"),
            (exclusion.Kind, exclusion.StartsOn, exclusion.StartSession, exclusion.Sessions, exclusion.Reason));

        var body = new { kind = "permanent-exclusion", startsOn = Tuesday, sessions = 2, reason = "serious breach", urn = Urn };
        var recorded = await staff.PostAsJsonAsync($"/api/virtual-school/pupils/{pupils[1].Id}/exclusions", body);
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var twice = await staff.PostAsJsonAsync($"/api/virtual-school/pupils/{pupils[1].Id}/exclusions", body);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        var published = InDatabase(db => db.Set<OutboxMessage>().Where(m => m.MessageType.EndsWith("PupilExcluded")).Select(m => m.Payload).ToList());
        Assert.Equal(2, published.Count);
        Assert.Contains(published, payload => payload.Replace(" ", "").Contains("\"suspensionDaysThisSchoolYear\":1.5"));
    }

    [Fact]
    public async Task A_school_sends_for_its_own_URN_only_the_board_not_at_all_and_staff_see_each_schools_feed_status()
    {
        var pupils = await SeedPupilsAsync(1);
        using var school = VirtualSchoolService.CreateClient(TestTokens.ForSchool(Urn));
        using var board = VirtualSchoolAs(Roles.Board);
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);
        var file = $"{Header}\n{pupils[0].Upn},{Urn},{Monday},AM,/,,\n{pupils[0].Upn},{OtherUrn},{Monday},PM,/,,\n{pupils[0].Upn},,{Tuesday},AM,/,,\n";

        Assert.Equal(HttpStatusCode.Forbidden, (await board.PostAsync(Files, Csv(file))).StatusCode);
        var (status, report, _) = await SendAsync(school, Csv(file));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal((2, 1), (Count(report, "rowsAccepted"), Count(report, "rowsRejected")));
        var rejection = report.GetProperty("rejections")[0];
        Assert.Equal("urn", rejection.GetProperty("field").GetString());
        Assert.Contains($"own URN ({Urn})", rejection.GetProperty("reason").GetString());

        var fileId = report.GetProperty("fileId").GetGuid();
        using var otherSchool = VirtualSchoolService.CreateClient(TestTokens.ForSchool(OtherUrn));
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.GetAsync($"{Files}/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await school.GetAsync($"{Files}/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await school.GetAsync($"/api/virtual-school/schools/{Urn}/feed-status")).StatusCode);

        var feedStatus = await staff.GetFromJsonAsync<JsonElement>($"/api/virtual-school/schools/{Urn}/feed-status");
        var last = feedStatus.GetProperty("lastFile");
        Assert.Equal((fileId, 2L, 0L), (last.GetProperty("fileId").GetGuid(), last.GetProperty("rowsAccepted").GetInt64(), last.GetProperty("rowsRejected").GetInt64()));
        var other = await staff.GetFromJsonAsync<JsonElement>($"/api/virtual-school/schools/{OtherUrn}/feed-status");
        Assert.Equal(1L, other.GetProperty("lastFile").GetProperty("rowsRejected").GetInt64());
    }

    [Fact]
    public async Task The_command_imports_a_file_through_the_same_pipeline_and_reports_it()
    {
        var pupils = await SeedPupilsAsync(1);
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, $"{Header}\n{pupils[0].Upn},{Urn},{Monday},AM,/,,\n{pupils[0].Upn},{Urn},{Monday},PM,J,,\n");
        var connection = $"--ConnectionStrings:{ResourceNames.VirtualSchoolDb}={VirtualSchoolService.Services.GetRequiredService<IConfiguration>().GetConnectionString(ResourceNames.VirtualSchoolDb)}";
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = await AttendanceImportCommand.RunAsync(["attendance", "import", path, "--source", "welfare-call", connection], output, errors, ApiFolder());

        Assert.Equal(0, exit);
        Assert.Contains("rows read 2, accepted 1", output.ToString());
        Assert.Contains("line 3, code: J (interview) was withdrawn", output.ToString());
        Assert.Equal("welfare-call", InDatabase(db => db.Set<AttendanceMarkRow>().Single().Source));

        Assert.Equal(1, await AttendanceImportCommand.RunAsync(["attendance", "import", path + ".missing", connection], output, errors, ApiFolder()));
        Assert.Contains("no file at", errors.ToString());
        File.Delete(path);
    }

    [Fact]
    public async Task The_built_program_runs_the_import_command()
    {
        var pupils = await SeedPupilsAsync(1);
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, $"{Header}\n{pupils[0].Upn},{Urn},{Monday},AM,/,,\n");
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)));
        var dll = Path.Combine(ApiFolder(), "bin", configuration!, "net10.0", "VirtualSchool.Api.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll, "attendance", "import", path })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment[$"ConnectionStrings__{ResourceNames.VirtualSchoolDb}"] =
            VirtualSchoolService.Services.GetRequiredService<IConfiguration>().GetConnectionString(ResourceNames.VirtualSchoolDb);

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, errors);
        Assert.Contains("rows read 1, accepted 1", output);
        Assert.Single(InDatabase(db => db.Set<AttendanceMarkRow>().ToList()));
        File.Delete(path);
    }

    private static string ApiFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CorporateParentingPlatform.sln")))
        {
            folder = folder.Parent;
        }
        return Path.Combine(folder!.FullName, "services", "VirtualSchool", "VirtualSchool.Api");
    }
}
