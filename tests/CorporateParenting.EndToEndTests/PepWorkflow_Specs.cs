extern alias VirtualSchoolApi;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchoolDbContext = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.VirtualSchoolDbContext;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// The PEP workflow over REST (docs/virtual-school.md §9.9): edit with the version read (a stale one is a 409), submit
/// (refused naming the missing sections), return with a reason (on the worklist), rate against the checklist, complete
/// (read-only after); every read audited; bad input a 400 naming the field; a school sees, edits and submits only its
/// own pupils' PEPs, and another school's pupil is 404.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PepWorkflow_Specs(InfrastructureFixture fixture) : PepSpecs(fixture)
{
    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<(Guid PupilId, string PepId)> PupilWithDraftAsync(string? urn = null)
    {
        var entered = await InCareAsync();
        if (urn is not null)
        {
            await RecordSchoolAsync(urn, $"School {urn}");
            Assert.Equal(HttpStatusCode.Created, (await EnrolAsync(entered.ChildId, urn, Today.AddDays(-4))).StatusCode);
        }

        return (entered.ChildId, Assert.Single(await PepsAsync(entered.ChildId)).Id.ToString());
    }

    [Fact]
    public async Task A_pep_goes_from_draft_through_return_and_quality_assurance_to_completed_keeping_every_change()
    {
        var (pupilId, pepId) = await PupilWithDraftAsync();
        using var staff = Staff;

        var draft = await staff.GetFromJsonAsync<JsonElement>($"/api/virtual-school/peps/{pepId}");
        Assert.Equal(("draft", "initial", 1, 11), (draft.GetProperty("status").GetString(), draft.GetProperty("kind").GetString(),
            draft.GetProperty("version").GetInt32(), draft.GetProperty("missingSections").GetArrayLength()));
        var empty = await staff.PostAsJsonAsync($"/api/virtual-school/peps/{pepId}/submit", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("educational history", (await BodyAsync(empty)).GetProperty("detail").GetString());

        var edited = await staff.PutAsJsonAsync($"/api/virtual-school/peps/{pepId}", new { version = 1, content = FullContent(Today.AddDays(-1)) });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var editedBody = await BodyAsync(edited);
        Assert.Equal((2, 0), (editedBody.GetProperty("version").GetInt32(), editedBody.GetProperty("missingSections").GetArrayLength()));
        var stale = await staff.PutAsJsonAsync($"/api/virtual-school/peps/{pepId}", new { version = 1, content = FullContent(Today) });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("version 1", (await BodyAsync(stale)).GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/virtual-school/peps/{pepId}/submit", new { version = 2 })).StatusCode);
        var whileSubmitted = await staff.PutAsJsonAsync($"/api/virtual-school/peps/{pepId}", new { version = 3, content = FullContent(Today) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, whileSubmitted.StatusCode);
        var noReason = await staff.PostAsJsonAsync($"/api/virtual-school/peps/{pepId}/return", new { version = 3, reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await BodyAsync(noReason)).GetProperty("errors").TryGetProperty("reason", out _));
        var returned = await staff.PostAsJsonAsync($"/api/virtual-school/peps/{pepId}/return", new { version = 3, reason = "Targets need a PP+ link." });
        Assert.Equal("returned", (await BodyAsync(returned)).GetProperty("status").GetString());
        var worklist = await staff.GetFromJsonAsync<JsonElement>("/api/virtual-school/worklist?kind=pep-returned");
        Assert.Equal(pupilId.ToString(), Assert.Single(worklist.GetProperty("items").EnumerateArray()).GetProperty("pupilId").GetString());

        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/virtual-school/peps/{pepId}/submit", new { version = 4 })).StatusCode);
        var checklist = await staff.GetFromJsonAsync<JsonElement>("/api/virtual-school/peps/quality-checklist");
        Assert.Equal((5, "amber"), (checklist.GetProperty("items").GetArrayLength(), checklist.GetProperty("adequateFrom").GetString()));
        Assert.Equal("The child's voice is recorded in their own words", checklist.GetProperty("items")[0].GetProperty("item").GetString());
        var unanswered = await staff.PostAsJsonAsync($"/api/virtual-school/peps/{pepId}/quality",
            new { results = new[] { new { item = "Every target is SMART", met = true } } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unanswered.StatusCode);
        var rated = await staff.PostAsJsonAsync($"/api/virtual-school/peps/{pepId}/quality", new
        {
            version = 5, comments = "A good plan.",
            results = new object[]
            {
                new { item = "The child's voice is recorded in their own words", met = true },
                new { item = "Every target is SMART", met = true },
                new { item = "Attendance and exclusions are discussed", met = true },
                new { item = "Pupil Premium Plus requests are tied to targets", met = true },
                new { item = "The carer's role is clear", met = false, comment = "Say who reads with Ava." },
            },
        });
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        var quality = (await BodyAsync(rated)).GetProperty("quality");
        Assert.Equal(("green", 4), (quality.GetProperty("rating").GetString(), quality.GetProperty("met").GetInt32()));
        var completed = await staff.PostAsJsonAsync($"/api/virtual-school/peps/{pepId}/complete", new { version = 6 });
        var completedBody = await BodyAsync(completed);
        Assert.Equal(("completed", Iso(Today)), (completedBody.GetProperty("status").GetString(), completedBody.GetProperty("completedOn").GetString()));

        var readOnly = await staff.PutAsJsonAsync($"/api/virtual-school/peps/{pepId}", new { version = 7, content = FullContent(Today) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, readOnly.StatusCode);
        Assert.Contains("completed PEP is read-only", (await BodyAsync(readOnly)).GetProperty("detail").GetString());
        var final = await staff.GetFromJsonAsync<JsonElement>($"/api/virtual-school/peps/{pepId}");
        Assert.Equal(["created", "edited", "submitted", "returned", "submitted", "quality-assured", "completed"],
            final.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()!).ToArray());
        Assert.Equal("Read 20 minutes a day", final.GetProperty("history")[1].GetProperty("content").GetProperty("targets")[0].GetProperty("what").GetString());

        await using var scope = VirtualSchoolService.Services.CreateAsyncScope();
        var reads = await scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>().Set<AuditRecord>()
            .CountAsync(a => a.RecordKind == "pep" && a.ChildId == pupilId && a.RecordId == pepId);
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_each_field_a_blank_attendance_section_is_written_from_the_marks_and_the_list_filters()
    {
        var (pupilId, pepId) = await PupilWithDraftAsync();
        using var staff = Staff;

        var bad = await staff.PutAsJsonAsync($"/api/virtual-school/peps/{pepId}", new
        {
            content = new
            {
                sections = new Dictionary<string, string> { ["favouriteColour"] = "blue" },
                meetingOn = "2026-02-30",
                targets = new[] { new { what = "x", who = "y", byWhen = "soon", fundingRequested = -1m } },
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await BodyAsync(bad)).GetProperty("errors");
        Assert.All(new[] { "version", "content.sections.favouriteColour", "content.meetingOn", "content.targets[0].byWhen", "content.targets[0].fundingRequested" },
            field => Assert.True(errors.TryGetProperty(field, out _), field));
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/api/virtual-school/peps?status=lost&dueFrom=tomorrow")).StatusCode);

        var withoutAttendance = await staff.PutAsJsonAsync($"/api/virtual-school/peps/{pepId}",
            new { version = 1, content = new { sections = new Dictionary<string, string> { ["conduct"] = "Settled." } } });
        Assert.Equal(HttpStatusCode.OK, withoutAttendance.StatusCode);
        var sections = (await BodyAsync(withoutAttendance)).GetProperty("content").GetProperty("sections");
        Assert.StartsWith("From the marks the Virtual School holds for", sections.GetProperty("attendance").GetString());
        Assert.Equal("Settled.", sections.GetProperty("conduct").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/virtual-school/peps/{Guid.NewGuid()}")).StatusCode);

        var listed = await staff.GetFromJsonAsync<JsonElement>($"/api/virtual-school/peps?pupil={pupilId}&status=draft&kind=initial&overdue=false");
        Assert.Equal(pepId, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(0, (await staff.GetFromJsonAsync<JsonElement>($"/api/virtual-school/peps?pupil={pupilId}&overdue=true")).GetProperty("total").GetInt32());
        await using var scope = VirtualSchoolService.Services.CreateAsyncScope();
        Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>().Set<AuditRecord>()
            .CountAsync(a => a.Action == "GET /api/virtual-school/peps" && a.ChildId == pupilId));
    }

    [Fact]
    public async Task A_school_sees_edits_and_submits_only_its_own_pupils_peps_and_another_schools_pupil_is_not_found()
    {
        var (_, ours) = await PupilWithDraftAsync("200001");
        var (_, theirs) = await PupilWithDraftAsync("200002");
        using var school = School("200001");

        var listed = await school.GetFromJsonAsync<JsonElement>("/api/virtual-school/peps");
        Assert.Equal(ours, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(0, (await school.GetFromJsonAsync<JsonElement>("/api/virtual-school/peps?urn=200002")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync($"/api/virtual-school/peps/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await school.PutAsJsonAsync($"/api/virtual-school/peps/{theirs}", new { version = 1, content = FullContent(Today) })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await school.PostAsJsonAsync($"/api/virtual-school/peps/{theirs}/submit", new { })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await school.GetAsync($"/api/virtual-school/peps/{ours}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await school.PutAsJsonAsync($"/api/virtual-school/peps/{ours}", new { version = 1, content = FullContent(Today) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await school.PostAsJsonAsync($"/api/virtual-school/peps/{ours}/submit", new { version = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await school.PostAsJsonAsync($"/api/virtual-school/peps/{ours}/complete", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await school.PostAsJsonAsync($"/api/virtual-school/peps/{ours}/return", new { reason = "No." })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await school.PostAsJsonAsync($"/api/virtual-school/peps/{ours}/quality", new { })).StatusCode);
        using var board = VirtualSchoolAs(Roles.Board);
        Assert.Equal(HttpStatusCode.Forbidden, (await board.GetAsync("/api/virtual-school/peps")).StatusCode);
    }

    [Fact]
    public async Task Two_people_saving_the_same_version_at_once_one_is_saved_and_the_other_is_a_409_never_a_lost_update()
    {
        var (_, pepId) = await PupilWithDraftAsync();
        using var first = Staff;
        using var second = Staff;

        var saves = await Task.WhenAll(
            first.PutAsJsonAsync($"/api/virtual-school/peps/{pepId}", new { version = 1, content = FullContent(Today) }),
            second.PutAsJsonAsync($"/api/virtual-school/peps/{pepId}", new { version = 1, content = FullContent(Today.AddDays(-2)) }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], saves.Select(r => r.StatusCode).Order().ToArray());
        var saved = await first.GetFromJsonAsync<JsonElement>($"/api/virtual-school/peps/{pepId}");
        var winner = saves[0].StatusCode == HttpStatusCode.OK ? Today : Today.AddDays(-2);
        Assert.Equal((2, Iso(winner)), (saved.GetProperty("version").GetInt32(), saved.GetProperty("content").GetProperty("meetingOn").GetString()));
        Assert.Equal(["created", "edited"], saved.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()!).ToArray());
    }
}
