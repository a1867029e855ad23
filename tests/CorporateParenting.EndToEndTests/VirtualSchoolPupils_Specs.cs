extern alias VirtualSchoolApi;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.Contracts.Notifications;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using CorporateParenting.VirtualSchool.V1;
using Grpc.Core;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchoolDbContext = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.VirtualSchoolDbContext;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// The Virtual School's pupils, learnt from Placements' events, notifications of children placed here and the read-model
/// rebuild; schools and enrolments recorded by its staff, with SchoolChanged announced once per change of school
/// (docs/virtual-school.md §8).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class VirtualSchoolPupils_Specs(InfrastructureFixture fixture) : VirtualSchoolSpecs(fixture)
{
    private const string Derby = "E06000015";
    private const string Derbyshire = "E10000007";
    private const string Upn = "T831200001001";
    private static readonly Metadata CaseSystem = TestTokens.GrpcAs(Roles.CaseSystem);
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The first year of the school year today is in: a child born on 15 March ten years before it is in Year 6.</summary>
    private static readonly int SchoolYearStarts = Today.Month >= 9 ? Today.Year : Today.Year - 1;

    private static readonly string Year6Birthday = $"{SchoolYearStarts - 10}-03-15";

    private async Task<string> EnterCareAsync(string reference, string upn = Upn, string dateOfBirth = "")
    {
        var entered = await Placements.RecordEntryToCareAsync(new RecordEntryToCareRequest
        {
            ClientRequestId = $"enter-{reference}", CaseReference = reference, GivenName = "Kai", FamilyName = reference,
            DateOfBirth = dateOfBirth.Length > 0 ? dateOfBirth : Year6Birthday, Sex = "M", EnteredCareOn = Iso(Today.AddDays(-30)),
            LegalStatus = "C1", CategoryOfNeed = "N1", PlacementType = "U6", PlacementProvider = "PR1", ProviderUrn = "SC000001", PlacementAuthorityCode = Derby, Upn = upn,
        }, CaseSystem);
        return entered.ChildId;
    }

    private HttpClient Staff => VirtualSchoolAs(Roles.VirtualSchool);

    private async Task<JsonElement> PupilAsync(string pupilId) =>
        await Staff.GetFromJsonAsync<JsonElement>($"/api/virtual-school/pupils/{pupilId}");

    private Task<JsonElement> PupilWhenAsync(string pupilId, Func<JsonElement, bool> done, string what) =>
        Eventually.ReturnsAsync(async () =>
        {
            var response = await Staff.GetAsync($"/api/virtual-school/pupils/{pupilId}");
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
        }, pupil => pupil.ValueKind == JsonValueKind.Object && done(pupil), what);

    private async Task<string[]> ListedAsync(string query) =>
        [.. (await Staff.GetFromJsonAsync<JsonElement>($"/api/virtual-school/pupils{query}")).GetProperty("items").EnumerateArray()
            .Select(p => p.GetProperty("id").GetString()!)];

    private async Task<int> ConsumedAsync(string consumer)
    {
        await using var scope = VirtualSchoolService.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>().Set<InboxMessage>().CountAsync(m => m.Consumer == consumer);
    }

    private async Task<List<JsonElement>> SchoolChangesAsync()
    {
        await using var scope = VirtualSchoolService.Services.CreateAsyncScope();
        var payloads = await scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>().Set<OutboxMessage>()
            .Where(m => m.MessageType.EndsWith(".SchoolChanged")).OrderBy(m => m.OccurredAt).Select(m => m.Payload).ToListAsync();
        return [.. payloads.Select(p => JsonSerializer.Deserialize<JsonElement>(p))];
    }

    private async Task RecordSchoolAsync(string urn, string name, string provisionType = "mainstream")
    {
        var response = await Staff.PostAsJsonAsync("/api/virtual-school/schools",
            new { urn, name, phase = "primary", provisionType, localAuthorityCode = Derby });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<HttpResponseMessage> EnrolAsync(string pupilId, string urn, string startsOn, string registration = "single", string? endsOn = null) =>
        await Staff.PostAsJsonAsync($"/api/virtual-school/pupils/{pupilId}/enrolments", new { urn, startsOn, endsOn, registration });

    [Fact]
    public async Task A_child_entering_care_becomes_one_of_our_pupils_with_upn_year_group_and_stage()
    {
        var childId = await EnterCareAsync("VS-ENTER");

        var pupil = await PupilWhenAsync(childId, _ => true, "the child to become a pupil");

        Assert.Equal(("Kai", "VS-ENTER", Year6Birthday, Upn, "ours"), (pupil.GetProperty("givenName").GetString(), pupil.GetProperty("familyName").GetString(),
            pupil.GetProperty("dateOfBirth").GetString(), pupil.GetProperty("upn").GetString(), pupil.GetProperty("responsibility").GetString()));
        Assert.Equal((6, "Year 6", "compulsory-school-age"), (pupil.GetProperty("yearGroup").GetInt32(), pupil.GetProperty("yearGroupName").GetString(),
            pupil.GetProperty("stage").GetString()));
        Assert.Equal((Derby, false, true, "C1"), (pupil.GetProperty("placementAuthorityCode").GetString(), pupil.GetProperty("isOutOfArea").GetBoolean(),
            pupil.GetProperty("isCurrent").GetBoolean(), pupil.GetProperty("legalStatus").GetString()));
        Assert.Equal([childId], await ListedAsync("?yearGroup=6&responsibility=ours"));
        Assert.Empty(await ListedAsync("?yearGroup=5"));
        Assert.Empty(await ListedAsync("?responsibility=placed-here"));

        var overGrpc = await VirtualSchool.GetPupilAsync(new GetPupilRequest { PupilId = childId }, TestTokens.GrpcAs(Roles.Service));
        Assert.Equal(("OURS", 6, "COMPULSORY_SCHOOL_AGE", Upn), (overGrpc.Responsibility, overGrpc.YearGroup, overGrpc.Stage, overGrpc.Upn));
        var audit = await VirtualSchoolAs(Roles.Admin).GetStringAsync($"/api/audit/records?childId={childId}");
        Assert.Contains("GET /api/virtual-school/pupils/{id}", audit);
        Assert.Contains("virtualschool.v1.VirtualSchool/GetPupil", audit);
    }

    [Fact]
    public async Task A_move_out_of_area_a_new_legal_status_and_leaving_care_follow_the_pupil()
    {
        var childId = await EnterCareAsync("VS-MOVES");
        await PupilWhenAsync(childId, _ => true, "the child to become a pupil");

        await Placements.RecordPlacementChangeAsync(new RecordPlacementChangeRequest
        {
            ClientRequestId = "vs-move", ChildId = childId, ChangedOn = Iso(Today.AddDays(-20)), PlacementType = "K2", PlacementProvider = "PR4", ProviderUrn = "SC123456",
            PlacementPostcode = "S40 1AA", PlacementAuthorityCode = Derbyshire, ReasonForChange = "CARPL",
        }, CaseSystem);
        await PupilWhenAsync(childId, p => p.GetProperty("isOutOfArea").GetBoolean(), "the move out of area");
        await Placements.RecordLegalStatusChangeAsync(new RecordLegalStatusChangeRequest
        {
            ClientRequestId = "vs-ls", ChildId = childId, ChangedOn = Iso(Today.AddDays(-10)), LegalStatus = "C2",
        }, CaseSystem);
        await PupilWhenAsync(childId, p => p.GetProperty("legalStatus").GetString() == "C2", "the new legal status");
        await Placements.RecordCareEndedAsync(new RecordCareEndedRequest
        {
            ClientRequestId = "vs-end", ChildId = childId, EndedOn = Iso(Today.AddDays(-1)), ReasonCeased = "E4A",
        }, CaseSystem);
        var left = await PupilWhenAsync(childId, p => !p.GetProperty("isCurrent").GetBoolean(), "leaving care");

        Assert.Equal((Derbyshire, true, Iso(Today.AddDays(-1))), (left.GetProperty("placementAuthorityCode").GetString(),
            left.GetProperty("isOutOfArea").GetBoolean(), left.GetProperty("leftCareOn").GetString()));
        Assert.Empty(await ListedAsync(""));
        Assert.Equal([childId], await ListedAsync("?current=false"));
    }

    [Fact]
    public async Task A_correction_of_date_of_birth_and_upn_reaches_the_pupil()
    {
        var childId = await EnterCareAsync("VS-FIX");
        await PupilWhenAsync(childId, _ => true, "the child to become a pupil");

        await Placements.CorrectRecordAsync(new CorrectRecordRequest
        {
            ClientRequestId = "vs-fix", ChildId = childId, Reason = "Typed from the wrong letter.",
            ChildDetails = new ChildDetailsCorrection { DateOfBirth = $"{SchoolYearStarts - 11}-03-15", Upn = "X830512345678" },
        }, CaseSystem);

        var corrected = await PupilWhenAsync(childId, p => p.GetProperty("upn").GetString() == "X830512345678" && p.GetProperty("yearGroup").GetInt32() == 7,
            "the corrected date of birth and UPN");
        Assert.Equal(("Year 7", $"{SchoolYearStarts - 11}-03-15"), (corrected.GetProperty("yearGroupName").GetString(), corrected.GetProperty("dateOfBirth").GetString()));
    }

    [Fact]
    public async Task An_older_event_arriving_late_changes_nothing()
    {
        var childId = await EnterCareAsync("VS-LATE");
        var before = await PupilWhenAsync(childId, _ => true, "the child to become a pupil");

        var bus = VirtualSchoolService.Services.GetRequiredService<IBus>();
        await bus.Publish(new PlacementChanged(Guid.Parse(childId), Guid.NewGuid(), "Stale", "Name", new DateOnly(2010, 1, 1), Today.AddDays(-40), "P", "CARPL",
            "U6", "K2", "PR9", "S40 1AA", Derbyshire, true, "C2", DateTimeOffset.UtcNow.AddDays(-40), "D83120000100A"));
        await Eventually.ReturnsAsync(() => ConsumedAsync("PlacementChangedConsumer"), n => n == 1, "the late move to be consumed");

        Assert.Equal(before.GetRawText(), (await PupilAsync(childId)).GetRawText());
    }

    [Fact]
    public async Task A_child_placed_here_by_another_authority_is_listed_only_under_placed_here()
    {
        var ours = await EnterCareAsync("VS-OURS");
        await PupilWhenAsync(ours, _ => true, "our child to become a pupil");
        var bus = VirtualSchoolService.Services.GetRequiredService<IBus>();
        var arrived = new OutOfAreaChildArrived(Guid.NewGuid(), Derbyshire, "DBY-9", "Noor", "Placedhere", DateOnly.Parse(Year6Birthday, CultureInfo.InvariantCulture),
            "C2", "U4", "DE1 1AA", Today.AddDays(-5), IsEmergency: false, null, false, DateTimeOffset.UtcNow, Upn: "T83120000100B");

        await bus.Publish(arrived);

        var pupilId = arrived.NotificationId.ToString();
        var placedHere = await PupilWhenAsync(pupilId, _ => true, "the child placed here to become a pupil");
        Assert.Equal(("placed-here", Derbyshire, "DBY-9", Derby, false), (placedHere.GetProperty("responsibility").GetString(),
            placedHere.GetProperty("placingAuthorityCode").GetString(), placedHere.GetProperty("placingAuthorityReference").GetString(),
            placedHere.GetProperty("placementAuthorityCode").GetString(), placedHere.GetProperty("isOutOfArea").GetBoolean()));
        Assert.Equal([pupilId], await ListedAsync("?responsibility=placed-here"));
        Assert.Equal([ours], await ListedAsync("?responsibility=ours"));

        await bus.Publish(new OutOfAreaChildDeparted(Guid.NewGuid(), Derbyshire, "DBY-9", Today, DateTimeOffset.UtcNow));
        await PupilWhenAsync(pupilId, p => !p.GetProperty("isCurrent").GetBoolean(), "the departure");
        Assert.Empty(await ListedAsync("?responsibility=placed-here"));
    }

    [Fact]
    public async Task The_rebuild_picks_up_a_child_recorded_before_the_Virtual_School_started()
    {
        var childId = await EnterCareAsync("VS-BEFORE");
        await PupilWhenAsync(childId, _ => true, "the event to be consumed by the first instance");

        await RestartVirtualSchoolOnEmptyDatabaseAsync();

        var run = Assert.Single(await WaitForRebuildsAsync());
        Assert.Equal(("first-start", 1), (run.GetProperty("trigger").GetString(), run.GetProperty("childrenApplied").GetInt32()));
        var pupil = await PupilAsync(childId);
        Assert.Equal(("VS-BEFORE", Upn, 6, true), (pupil.GetProperty("familyName").GetString(), pupil.GetProperty("upn").GetString(),
            pupil.GetProperty("yearGroup").GetInt32(), pupil.GetProperty("isCurrent").GetBoolean()));
    }

    [Fact]
    public async Task Enrolments_are_checked_corrected_with_their_history_and_a_change_of_school_is_announced_once()
    {
        var childId = await EnterCareAsync("VS-SCHOOL");
        await PupilWhenAsync(childId, _ => true, "the child to become a pupil");
        await RecordSchoolAsync("100001", "Ash Primary");
        await RecordSchoolAsync("100002", "Birch Primary");
        await RecordSchoolAsync("1000003", "Cedar Tuition", "alternative-provision");

        var first = await EnrolAsync(childId, "100001", Iso(Today.AddDays(-25)));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var enrolment = await first.Content.ReadFromJsonAsync<JsonElement>();
        var enrolmentId = enrolment.GetProperty("id").GetString();

        var overlapping = await EnrolAsync(childId, "100002", Iso(Today.AddDays(-10)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overlapping.StatusCode);
        Assert.Contains("One school at a time", await overlapping.Content.ReadAsStringAsync());
        var subsidiaryAlone = await EnrolAsync(childId, "1000003", Iso(Today.AddDays(-10)), "dual-subsidiary");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, subsidiaryAlone.StatusCode);
        Assert.Contains("needs a dual-main enrolment", await subsidiaryAlone.Content.ReadAsStringAsync());
        var unknownSchool = await EnrolAsync(childId, "999999", Iso(Today.AddDays(-10)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownSchool.StatusCode);

        var stale = await Staff.PostAsJsonAsync($"/api/virtual-school/enrolments/{enrolmentId}/end",
            new { endsOn = Iso(Today.AddDays(-11)), reason = "Moved school.", version = enrolment.GetProperty("version").GetUInt32() + 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var ended = await Staff.PostAsJsonAsync($"/api/virtual-school/enrolments/{enrolmentId}/end",
            new { endsOn = Iso(Today.AddDays(-11)), reason = "Moved school.", version = enrolment.GetProperty("version").GetUInt32() });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await EnrolAsync(childId, "100002", Iso(Today.AddDays(-10)))).StatusCode);
        var corrected = await Staff.PostAsJsonAsync($"/api/virtual-school/enrolments/{enrolmentId}/corrections",
            new { startsOn = Iso(Today.AddDays(-24)), reason = "Started a day later than recorded." });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);

        var pupil = await PupilAsync(childId);
        Assert.Equal(("100002", "Birch Primary"), (pupil.GetProperty("currentSchool").GetProperty("urn").GetString(),
            pupil.GetProperty("currentSchool").GetProperty("name").GetString()));
        var history = pupil.GetProperty("enrolments")[0].GetProperty("corrections").EnumerateArray()
            .Select(c => (c.GetProperty("field").GetString(), c.GetProperty("correctedFrom").GetString(), c.GetProperty("correctedTo").GetString()))
            .ToList();
        Assert.Equal([("ends_on", null, Iso(Today.AddDays(-11))), ("starts_on", Iso(Today.AddDays(-25)), Iso(Today.AddDays(-24)))], history);
        Assert.Equal([childId], await ListedAsync("?school=100002"));
        Assert.Empty(await ListedAsync("?school=100001"));

        // The first school, then the second; correcting the first school's start is history, not a change of school.
        var changes = await SchoolChangesAsync();
        Assert.Equal([(null, "100001", Iso(Today.AddDays(-25))), ("100001", "100002", Iso(Today.AddDays(-10)))],
            changes.Select(c => (c.GetProperty("previousUrn").GetString(), c.GetProperty("urn").GetString(), c.GetProperty("changedOn").GetString())).ToList());
    }

    [Fact]
    public async Task Pupils_are_for_the_Virtual_School_only_and_bad_input_is_refused_naming_the_fields()
    {
        var childId = await EnterCareAsync("VS-ROLES");
        await PupilWhenAsync(childId, _ => true, "the child to become a pupil");

        foreach (var role in new[] { Roles.Board, Roles.Health })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await VirtualSchoolAs(role).GetAsync("/api/virtual-school/pupils")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await VirtualSchoolAs(role).GetAsync($"/api/virtual-school/pupils/{childId}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await VirtualSchoolService.CreateClient().GetAsync("/api/virtual-school/pupils")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await VirtualSchoolAs(Roles.Admin).GetAsync($"/api/virtual-school/pupils/{childId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await VirtualSchoolAs(Roles.Admin).PostAsJsonAsync("/api/virtual-school/schools", new { })).StatusCode);
        var denied = await Assert.ThrowsAsync<RpcException>(() =>
            VirtualSchool.GetPupilAsync(new GetPupilRequest { PupilId = childId }, TestTokens.GrpcAs(Roles.Board)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);

        var school = await Staff.PostAsJsonAsync("/api/virtual-school/schools",
            new { urn = "12345", name = "X", phase = "primary", provisionType = "academy", localAuthorityCode = "Derby" });
        await AssertNamesAsync(school, "urn", "provisionType", "localAuthorityCode");
        var enrolment = await EnrolAsync(childId, "100001", "2026-13-01", "triple");
        await AssertNamesAsync(enrolment, "startsOn", "registration");
        await AssertNamesAsync(await Staff.GetAsync("/api/virtual-school/pupils?yearGroup=40&responsibility=theirs"), "yearGroup", "responsibility");
        await AssertNamesAsync(await Staff.GetAsync("/api/virtual-school/pupils?pageSize=0"), "pageSize");
        Assert.Equal(HttpStatusCode.NotFound, (await Staff.GetAsync($"/api/virtual-school/pupils/{Guid.NewGuid()}")).StatusCode);
    }

    private static async Task AssertNamesAsync(HttpResponseMessage response, params string[] fields)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.All(fields, field => Assert.True(errors.TryGetProperty(field, out _), $"{field} is not named in {errors}"));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
