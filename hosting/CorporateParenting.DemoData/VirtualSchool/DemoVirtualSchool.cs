using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using VirtualSchool.Domain.Pupils;
using VirtualSchool.Domain.Terms;

namespace CorporateParenting.DemoData.VirtualSchool;

/// <summary>
/// The Virtual School's part of the demo, through its public REST API as staff and schools would use it: the schools, an
/// enrolment for every school-age pupil of ours (learnt from Placements' events), and the autumn term's marks so far, one
/// file per school through the attendance upload, then a provider's follow-up file that replaces some "no reason yet" marks;
/// last, the PEPs and Pupil Premium Plus (<see cref="DemoPepWorkflow"/>).
/// </summary>
public sealed class DemoVirtualSchool(HttpClient virtualSchool, ILogger<DemoVirtualSchool> logger)
{
    private readonly DemoApi api = new(virtualSchool);

    /// <summary>The demo's term: the autumn term 2026 of the Virtual School's default term dates (its appsettings.json).</summary>
    public static readonly SchoolTermCalendar Autumn2026 = new(
        [new SchoolTerm("Autumn 2026", new DateOnly(2026, 9, 3), new DateOnly(2026, 12, 18), [new HalfTermBreak(new DateOnly(2026, 10, 26), new DateOnly(2026, 10, 30))])]);

    /// <summary>The last day the demo has marks for, whatever day it runs, so every run sends the same files.</summary>
    public static readonly DateOnly MarksUntil = new(2026, 11, 27);

    private static readonly DateOnly EnrolmentsFrom = new(2026, 9, 3);

    public async Task LoadAsync(int expectedPupils, DemoAttendanceOptions options, CancellationToken cancellationToken)
    {
        var pupils = await PupilsOnceSettledAsync(expectedPupils, cancellationToken);
        var random = new Random(options.Seed);
        var enrolled = new List<DemoEnrolledPupil>();
        var schools = new Dictionary<string, DemoSchool>();
        foreach (var pupil in pupils.OrderBy(p => p.StableKey, StringComparer.Ordinal))
        {
            if (pupil.DateOfBirth >= EnrolmentsFrom)
            {
                continue; // a baby born since the term began
            }
            var yearGroup = SchoolAge.YearGroupOn(pupil.DateOfBirth, EnrolmentsFrom);
            if (!DemoSchools.IsOfSchoolAge(yearGroup, SchoolAge.StageOn(pupil.DateOfBirth, EnrolmentsFrom)) || yearGroup > SchoolAge.Year13)
            {
                continue;
            }
            var school = DemoSchools.For(yearGroup, pupil.PlacementAuthorityCode, pupil.IsOutOfArea, random);
            schools.TryAdd(school.Urn, school);
            enrolled.Add(new DemoEnrolledPupil(pupil.Id, pupil.Upn, pupil.StableKey, school, yearGroup));
        }

        foreach (var school in schools.Values)
        {
            await SendAsync(HttpMethod.Post, "/api/virtual-school/schools", new
            {
                school.Urn, school.Name, school.Phase, school.ProvisionType, school.LocalAuthorityCode,
            }, cancellationToken);
        }
        foreach (var pupil in enrolled)
        {
            await SendAsync(HttpMethod.Post, $"/api/virtual-school/pupils/{pupil.PupilId}/enrolments", new
            {
                pupil.School.Urn, StartsOn = EnrolmentsFrom.ToString("yyyy-MM-dd"), Registration = "single",
            }, cancellationToken);
        }

        var lastDay = MarksUntil;
        var days = Autumn2026.SchoolDays(Autumn2026.Terms[0].Starts, lastDay).ToList();
        var marks = DemoAttendance.Marks(enrolled, days, options);
        var (accepted, rejected) = (0L, 0L);
        foreach (var file in marks.GroupBy(m => m.Urn).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var report = await UploadAsync(DemoAttendance.Csv(file, $"MIS {file.Key}"), $"autumn-2026-{file.Key}.csv", cancellationToken);
            accepted += report.GetProperty("rowsAccepted").GetInt64();
            rejected += report.GetProperty("rowsRejected").GetInt64();
        }
        var followUps = DemoAttendance.FollowUps(marks, options);
        await UploadAsync(DemoAttendance.Csv(followUps, "Attendance provider follow-up"), "provider-follow-up.csv", cancellationToken);
        logger.LogInformation(
            "Virtual School: {Schools} schools, {Pupils} pupils enrolled, {Marks} marks over {Days} school days ({Accepted} accepted, {Rejected} refused), {FollowUps} follow-up marks.",
            schools.Count, enrolled.Count, marks.Count, days.Count, accepted, rejected, followUps.Count);

        var schoolOf = enrolled.ToDictionary(e => e.PupilId, e => e.School.Urn);
        await new DemoPepWorkflow(api, logger).LoadAsync(
            pupils.ToDictionary(p => p.Id, p => new DemoPepPupil(p.StableKey, schoolOf.GetValueOrDefault(p.Id))),
            DateOnly.FromDateTime(DateTime.UtcNow), cancellationToken);
    }

    /// <summary>
    /// Our current pupils, once the Virtual School has caught up with Placements' events: the count has reached what was
    /// recorded, or, once some have arrived, stopped changing for 30 seconds (the services may be busy with the cohort's
    /// events for a while after it is recorded).
    /// </summary>
    private async Task<IReadOnlyList<DemoPupil>> PupilsOnceSettledAsync(int expected, CancellationToken cancellationToken)
    {
        var (last, stableSince) = (-1, DateTimeOffset.UtcNow);
        while (true)
        {
            var pupils = await PupilsAsync(cancellationToken);
            if (pupils.Count >= expected || (pupils.Count > 0 && pupils.Count == last && DateTimeOffset.UtcNow - stableSince > TimeSpan.FromSeconds(30)))
            {
                return pupils;
            }
            if (pupils.Count != last)
            {
                (last, stableSince) = (pupils.Count, DateTimeOffset.UtcNow);
            }
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    /// <summary>
    /// Every current pupil, page by page. Pupils still arriving shift the pages while they are read, so a pupil can turn
    /// up on two pages: each is kept once.
    /// </summary>
    private async Task<IReadOnlyList<DemoPupil>> PupilsAsync(CancellationToken cancellationToken)
    {
        const int PageSize = 200;
        var pupils = new Dictionary<Guid, DemoPupil>();
        for (var page = 1; ; page++)
        {
            var json = await virtualSchool.GetFromJsonAsync<JsonElement>(
                $"/api/virtual-school/pupils?responsibility=ours&current=true&page={page}&pageSize={PageSize}", cancellationToken);
            var items = json.GetProperty("items").EnumerateArray().Select(DemoPupil.From).ToList();
            foreach (var pupil in items)
            {
                pupils.TryAdd(pupil.Id, pupil);
            }
            if (items.Count == 0 || page * PageSize >= json.GetProperty("total").GetInt32())
            {
                return [.. pupils.Values];
            }
        }
    }

    // Loading again finds the school or the enrolment already there.
    private Task SendAsync(HttpMethod method, string path, object body, CancellationToken cancellationToken) =>
        api.SendAsync(method, path, body, cancellationToken, HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity);

    private async Task<JsonElement> UploadAsync(string csv, string fileName, CancellationToken cancellationToken)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        using var response = await virtualSchool.PostAsync($"/api/virtual-school/attendance/files?fileName={Uri.EscapeDataString(fileName)}", content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Uploading {fileName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    private sealed record DemoPupil(Guid Id, string? Upn, DateOnly DateOfBirth, string PlacementAuthorityCode, bool IsOutOfArea, string StableKey)
    {
        public static DemoPupil From(JsonElement item)
        {
            var upn = item.TryGetProperty("upn", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            var dateOfBirth = DateOnly.Parse(item.GetProperty("dateOfBirth").GetString()!);
            var key = $"{upn}|{dateOfBirth:yyyy-MM-dd}|{item.GetProperty("givenName").GetString()}|{item.GetProperty("familyName").GetString()}";
            return new(item.GetProperty("id").GetGuid(), upn, dateOfBirth, item.GetProperty("placementAuthorityCode").GetString()!,
                item.GetProperty("isOutOfArea").GetBoolean(), key);
        }
    }
}
