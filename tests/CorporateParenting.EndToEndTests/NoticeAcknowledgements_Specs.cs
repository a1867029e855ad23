extern alias NotificationsApi;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using NotificationsDbContext = NotificationsApi::Notifications.Api.Infrastructure.NotificationsDbContext;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// What follows a notice to a host authority (docs/out-of-area.md §9.1, §12–§14) on the real broker and database: the
/// host acknowledges it through the API (only its own) or staff record it, an unacknowledged one is chased on the
/// worklist, the social worker keeps the reg 13 checklist, corrections in Placements reach the notification, and the
/// Board sees lateness per partner with small numbers suppressed.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class NoticeAcknowledgements_Specs(InfrastructureFixture fixture) : IAsyncLifetime
{
    private const string Ours = "E06000015";
    private const string Rutland = "E06000017";
    private const string Leicester = "E06000016";
    private const string Api = "/api/notifications/outbound";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private ServiceFactory<NotificationsDbContext> _service = null!;

    public async Task InitializeAsync() => _service = await ServiceFactory<NotificationsDbContext>.StartAsync(fixture, ResourceNames.NotificationsDb);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private Task PublishAsync(params object[] events) => _service.PublishConsumedAsync(events);

    /// <summary>A child placed in Rutland on <paramref name="startsOn"/>, with what reg 13(4) needs, and the notification's id.</summary>
    private async Task<(Guid Child, Guid Period, Guid Id)> PlacedInRutlandAsync(HttpClient team, DateOnly startsOn)
    {
        var (child, period) = (Guid.NewGuid(), Guid.NewGuid());
        await PublishAsync(new ChildEnteredCare(child, period, "Ava", "Placed", new DateOnly(2013, 4, 2), startsOn, "C2", "N1", "U4", Rutland, true, DateTimeOffset.UtcNow));
        var id = (await team.GetFromJsonAsync<JsonElement>($"{Api}?hostAuthorityCode={Rutland}&pageSize=200")).GetProperty("items").EnumerateArray()
            .Single(n => n.GetProperty("childId").GetGuid() == child).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await team.PutAsJsonAsync($"{Api}/{id}/content", new
        {
            needsAssessment = "Settled foster care near school.", reasonsForPlacement = "Matched carers.", carePlanReference = "CP-2026-200",
        })).StatusCode);
        return (child, period, id);
    }

    private async Task<JsonElement[]> ChasedAsync(HttpClient team, Guid id) =>
        [.. (await team.GetFromJsonAsync<JsonElement>($"{Api}/worklist?pageSize=200")).GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("notificationId").GetGuid() == id && i.GetProperty("action").GetString() == "chase")];

    [Fact]
    public async Task A_notice_not_acknowledged_in_two_working_days_is_chased_until_the_host_acknowledges_it_and_only_the_host_can()
    {
        using var team = _service.CreateClient(TestTokens.For(Roles.Notifications));
        var (_, _, id) = await PlacedInRutlandAsync(team, Today.AddDays(-21));
        using var rutland = _service.CreateClient(TestTokens.ForPartner(Rutland));
        using var leicester = _service.CreateClient(TestTokens.ForPartner(Leicester));

        var unsent = await rutland.PostAsJsonAsync($"/api/partner/received-notices/{id}/placement/acknowledgement", new { acknowledgedBy = "Robin Lee" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unsent.StatusCode); // nothing was sent to acknowledge
        Assert.Equal(HttpStatusCode.OK, (await team.PostAsJsonAsync($"{Api}/{id}/notices/placement/sent", new { sentOn = Iso(Today.AddDays(-14)) })).StatusCode);

        var chase = Assert.Single(await ChasedAsync(team, id));
        Assert.Equal(("placement", Iso(Today.AddDays(-14)), true), (chase.GetProperty("notice").GetString(), chase.GetProperty("sentOn").GetString(),
            chase.GetProperty("isOverdue").GetBoolean()));
        var listed = (await rutland.GetFromJsonAsync<JsonElement>("/api/partner/received-notices?pageSize=200")).GetProperty("items").EnumerateArray();
        Assert.Contains(listed, n => n.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain((await leicester.GetFromJsonAsync<JsonElement>("/api/partner/received-notices?pageSize=200")).GetProperty("items").EnumerateArray(),
            n => n.GetProperty("id").GetGuid() == id);

        Assert.Equal(HttpStatusCode.NotFound, (await leicester.PostAsJsonAsync($"/api/partner/received-notices/{id}/placement/acknowledgement", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await rutland.PostAsJsonAsync($"/api/partner/received-notices/{id}/letter/acknowledgement", new { })).StatusCode);
        var acknowledged = await (await rutland.PostAsJsonAsync($"/api/partner/received-notices/{id}/placement/acknowledgement", new { acknowledgedBy = "Robin Lee" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var stands = acknowledged.GetProperty("placementNotice").GetProperty("acknowledged");
        Assert.Equal(("api", $"Robin Lee ({Rutland})"), (stands.GetProperty("via").GetString(), stands.GetProperty("by").GetString()));
        Assert.Empty(await ChasedAsync(team, id));

        var staff = await (await team.PostAsJsonAsync($"{Api}/{id}/notices/placement/acknowledgement", new { acknowledgedOn = Iso(Today), acknowledgedBy = "A. N. Other" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("api", staff.GetProperty("placementNotice").GetProperty("acknowledged").GetProperty("via").GetString()); // the first stands
    }

    [Fact]
    public async Task Staff_record_an_acknowledgement_that_came_another_way_not_before_the_notice_went_nor_after_today()
    {
        using var team = _service.CreateClient(TestTokens.For(Roles.Notifications));
        var (_, _, id) = await PlacedInRutlandAsync(team, Today.AddDays(-10));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await team.PostAsJsonAsync($"{Api}/{id}/notices/placement/acknowledgement",
            new { acknowledgedOn = Iso(Today), acknowledgedBy = "Robin Lee" })).StatusCode); // not recorded as sent
        await team.PostAsJsonAsync($"{Api}/{id}/notices/placement/sent", new { sentOn = Iso(Today.AddDays(-7)) });

        var before = await team.PostAsJsonAsync($"{Api}/{id}/notices/placement/acknowledgement", new { acknowledgedOn = Iso(Today.AddDays(-8)), acknowledgedBy = "Robin Lee" });
        var future = await team.PostAsJsonAsync($"{Api}/{id}/notices/placement/acknowledgement", new { acknowledgedOn = Iso(Today.AddDays(1)), acknowledgedBy = "Robin Lee" });
        var nameless = await team.PostAsJsonAsync($"{Api}/{id}/notices/placement/acknowledgement", new { acknowledgedOn = Iso(Today) });

        Assert.All(new[] { before, future, nameless }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Contains("before the notice was sent", await before.Content.ReadAsStringAsync());
        Assert.Contains("acknowledgedBy", await nameless.Content.ReadAsStringAsync());
        var recorded = await (await team.PostAsJsonAsync($"{Api}/{id}/notices/placement/acknowledgement", new { acknowledgedOn = Iso(Today.AddDays(-6)), acknowledgedBy = "Robin Lee" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var acknowledgement = recorded.GetProperty("placementNotice").GetProperty("acknowledged");
        Assert.Equal(("staff", "Robin Lee (recorded by test-user)"), (acknowledgement.GetProperty("via").GetString(), acknowledgement.GetProperty("by").GetString()));
        Assert.StartsWith(Iso(Today.AddDays(-6)), acknowledgement.GetProperty("at").GetString());
    }

    [Fact]
    public async Task The_social_worker_keeps_the_reg_13_checklist_and_only_those_reg_13_allows_are_left_out()
    {
        using var team = _service.CreateClient(TestTokens.For(Roles.Notifications));
        var (_, _, id) = await PlacedInRutlandAsync(team, Today.AddDays(-2));

        var iro = await team.PutAsJsonAsync($"{Api}/{id}/other-recipients/iro", new { notifiedOn = Iso(Today) });
        var parents = await team.PutAsJsonAsync($"{Api}/{id}/other-recipients/parents", new { leftOutBecause = "Police advice: risk of significant harm if the father learns where she lives." });
        var icb = await team.PutAsJsonAsync($"{Api}/{id}/other-recipients/icb", new { leftOutBecause = "No time." });
        var nobody = await team.PutAsJsonAsync($"{Api}/{id}/other-recipients/neighbour", new { notifiedOn = Iso(Today) });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (iro.StatusCode, parents.StatusCode, icb.StatusCode, nobody.StatusCode));
        Assert.Contains("no exception", await icb.Content.ReadAsStringAsync());
        var checklist = (await team.GetFromJsonAsync<JsonElement>($"{Api}/{id}")).GetProperty("otherRecipients").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);
        Assert.Equal(8, checklist.Count);
        Assert.Equal(Iso(Today), checklist["iro"].GetProperty("notifiedOn").GetString());
        Assert.StartsWith("Police advice", checklist["parents"].GetProperty("leftOutBecause").GetString());
        Assert.Equal(JsonValueKind.Null, checklist["gp"].GetProperty("notifiedOn").ValueKind); // still to do
    }

    [Fact]
    public async Task Corrections_in_Placements_reach_the_notification_and_its_deadlines()
    {
        using var team = _service.CreateClient(TestTokens.For(Roles.Notifications));
        var start = Today.AddDays(-30);
        var (child, period, id) = await PlacedInRutlandAsync(team, start);
        await PublishAsync(new PlacementChanged(child, period, "Ava", "Placed", new DateOnly(2013, 4, 2), Today.AddDays(-5), "P", "CHILD", "U4", "K2", "PR4", "DE1 1AA",
            Ours, false, "C2", DateTimeOffset.UtcNow)); // home: ended 5 days ago
        var corrected = start.AddDays(2);

        // One at a time: an episode's other fields name it by its corrected start, so they follow the start's correction.
        await PublishAsync(new RecordCorrected(child, null, "date_of_birth", "2013-04-02", "2013-04-12", "Birth certificate seen", DateTimeOffset.UtcNow));
        await PublishAsync(new RecordCorrected(child, period, "episode.starts_on", Iso(start), Iso(corrected), "Moved a day late", DateTimeOffset.UtcNow, corrected));
        await PublishAsync(new RecordCorrected(child, period, "episode.placement_postcode", null, "LE15 6AA", "Postcode added", DateTimeOffset.UtcNow, corrected));
        await PublishAsync(new RecordCorrected(child, period, "episode.starts_on", Iso(Today.AddDays(-5)), Iso(Today.AddDays(-4)), "Came home a day later",
            DateTimeOffset.UtcNow, Today.AddDays(-4)));

        var n = await team.GetFromJsonAsync<JsonElement>($"{Api}/{id}");
        Assert.Equal(("2013-04-12", Iso(corrected), Iso(corrected), "LE15 6AA", Iso(Today.AddDays(-4))),
            (n.GetProperty("dateOfBirth").GetString(), n.GetProperty("startsOn").GetString(), n.GetProperty("placementNotice").GetProperty("dueOn").GetString(),
                n.GetProperty("placementPostcode").GetString(), n.GetProperty("endedOn").GetString()));
        Assert.Equal(Iso(CorporateParenting.Calendar.WorkingDayCalendar.EnglandAndWales.AddWorkingDays(Today.AddDays(-4), 10)),
            n.GetProperty("endNotice").GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task The_Board_sees_lateness_per_partner_with_small_numbers_suppressed_and_the_team_sees_the_numbers()
    {
        using var team = _service.CreateClient(TestTokens.For(Roles.Notifications));
        await PlacedInRutlandAsync(team, Today.AddDays(-40)); // never sent: late
        using var board = _service.CreateClient(TestTokens.For(Roles.Board));

        var forBoard = (await board.GetFromJsonAsync<JsonElement>("/api/notifications/figures")).GetProperty("partners").EnumerateArray()
            .Single(p => p.GetProperty("authorityCode").GetString() == Rutland);
        var forTeam = (await team.GetFromJsonAsync<JsonElement>("/api/notifications/figures")).GetProperty("partners").EnumerateArray()
            .Single(p => p.GetProperty("authorityCode").GetString() == Rutland);

        Assert.True(int.Parse(forTeam.GetProperty("owedLate").GetString()!) >= 1);
        Assert.True(forBoard.GetProperty("owedLate").GetString() is "c" || int.Parse(forBoard.GetProperty("owedLate").GetString()!) >= 10);
        Assert.Equal(HttpStatusCode.BadRequest, (await board.GetAsync("/api/notifications/figures?from=2026-12-01&to=2026-11-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _service.CreateClient(TestTokens.ForPartner(Rutland)).GetAsync("/api/notifications/figures")).StatusCode);
    }

    [Fact]
    public async Task An_intent_for_a_placement_in_our_own_area_is_refused()
    {
        using var team = _service.CreateClient(TestTokens.For(Roles.Notifications));

        var response = await team.PostAsJsonAsync($"{Api}/intents", new
        {
            childId = Guid.NewGuid(), givenName = "Ava", familyName = "Placed", dateOfBirth = "2013-04-02", hostAuthorityCode = Ours, plannedStartOn = Iso(Today.AddDays(7)),
            placementType = "U4", approvedBy = "Nadia Officer", approverRole = "nominated-officer",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("our own area", await response.Content.ReadAsStringAsync());
    }
}
