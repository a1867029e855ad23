extern alias NotificationsApi;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NotificationsEntryPoint = NotificationsApi::Notifications.Api.Infrastructure.NotificationsDbContext;
using WebhookSignature = global::Notifications.Domain.Webhooks.WebhookSignature;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// Partner authorities over the Notifications REST API: each sees and changes only what it sent, another's
/// notification is a 404 (its existence is not leaked), and every read and change is in the audit trail.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PartnerNotifications_Specs(InfrastructureFixture fixture) : IAsyncLifetime
{
    private const string Derbyshire = "E10000007";
    private const string Nottinghamshire = "E10000024";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private ServiceFactory<NotificationsEntryPoint> _service = null!;

    public async Task InitializeAsync() =>
        _service = await ServiceFactory<NotificationsEntryPoint>.StartAsync(fixture, ResourceNames.NotificationsDb);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private HttpClient Partner(string authority) => _service.CreateClient(TestTokens.ForPartner(authority));

    private static object Notice(string reference, DateOnly? startOn = null, bool emergency = false, string postcode = "de1 2aa") => new
    {
        partnerReference = reference,
        givenName = "Ellie",
        familyName = "Stone",
        dateOfBirth = "2012-05-04",
        sex = "F",
        legalStatus = "C2",
        placementType = "U6",
        placementPostcode = postcode,
        placementStartOn = (startOn ?? Today.AddDays(7)).ToString("yyyy-MM-dd"),
        isEmergency = emergency,
    };

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task A_partner_cannot_read_list_or_amend_another_partners_notification()
    {
        var created = await Partner(Derbyshire).PostAsJsonAsync("/api/partner/notifications", Notice("DBY-1"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await JsonOf(created)).GetProperty("id").GetString();
        var receipt = (await JsonOf(created)).GetProperty("receipt"); // our receipt, in the answer to the request that sent it
        Assert.Equal((id, "DBY-1", "placed"), (receipt.GetProperty("ourReference").GetString(), receipt.GetProperty("theirReference").GetString(),
            receipt.GetProperty("state").GetString()));
        var other = Partner(Nottinghamshire);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/partner/notifications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/partner/notifications/{id}", Notice("DBY-1"))).StatusCode);
        var othersList = await JsonOf(await other.GetAsync("/api/partner/notifications"));
        Assert.Equal(0, othersList.GetProperty("total").GetInt32());

        var own = await Partner(Derbyshire).GetAsync($"/api/partner/notifications/{id}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(Derbyshire, (await JsonOf(own)).GetProperty("placingAuthorityCode").GetString());
        Assert.Equal("DE1 2AA", (await JsonOf(own)).GetProperty("placementPostcode").GetString());
    }

    [Fact]
    public async Task The_placing_authority_comes_from_the_token_so_two_partners_may_use_the_same_reference()
    {
        Assert.Equal(HttpStatusCode.Created, (await Partner(Derbyshire).PostAsJsonAsync("/api/partner/notifications", Notice("REF-9"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Partner(Nottinghamshire).PostAsJsonAsync("/api/partner/notifications", Notice("REF-9"))).StatusCode);

        var again = await Partner(Derbyshire).PostAsJsonAsync("/api/partner/notifications", Notice("REF-9"));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("REF-9", (await JsonOf(again)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_owner_amends_its_notification_and_the_reference_cannot_change()
    {
        var created = await JsonOf(await Partner(Derbyshire).PostAsJsonAsync("/api/partner/notifications", Notice("DBY-2")));
        var id = created.GetProperty("id").GetString();

        var amended = await Partner(Derbyshire).PutAsJsonAsync($"/api/partner/notifications/{id}", Notice("DBY-2", postcode: "DE22 1AB"));
        var renamed = await Partner(Derbyshire).PutAsJsonAsync($"/api/partner/notifications/{id}", Notice("DBY-3"));

        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        Assert.Equal(2, (await JsonOf(amended)).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, renamed.StatusCode);
    }

    [Fact]
    public async Task A_notice_received_after_a_planned_start_is_late_and_one_before_is_not()
    {
        var late = await JsonOf(await Partner(Derbyshire).PostAsJsonAsync("/api/partner/notifications", Notice("LATE", startOn: Today.AddDays(-1))));
        var onTime = await JsonOf(await Partner(Derbyshire).PostAsJsonAsync("/api/partner/notifications", Notice("ON-TIME", startOn: Today)));

        Assert.True(late.GetProperty("isLate").GetBoolean());
        Assert.False(onTime.GetProperty("isLate").GetBoolean());
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_every_field_and_nothing_is_stored()
    {
        var bad = new { partnerReference = "", givenName = "Ellie", familyName = "Stone", dateOfBirth = "04/05/2012", sex = "X", legalStatus = "C2", placementType = "Q1", placementPostcode = "NOT A POSTCODE", placementStartOn = "2026-01-05", isEmergency = false };

        var response = await Partner(Derbyshire).PostAsJsonAsync("/api/partner/notifications", bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonOf(response)).GetProperty("errors");
        foreach (var field in new[] { "partnerReference", "dateOfBirth", "sex", "placementType", "placementPostcode" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} is not named");
        }
        Assert.Equal(0, (await JsonOf(await Partner(Derbyshire).GetAsync("/api/partner/notifications"))).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    public async Task An_unreadable_body_is_a_400_problem_not_a_500(string body)
    {
        var response = await Partner(Derbyshire).PostAsync("/api/partner/notifications",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused()
    {
        var huge = new string('x', 2 * 1024 * 1024);

        var response = await Partner(Derbyshire).PostAsync("/api/partner/notifications",
            new StringContent($"{{\"givenName\":\"{huge}\"}}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(Roles.Placements, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Notifications, HttpStatusCode.Forbidden)]
    public async Task Partner_endpoints_refuse_callers_that_are_not_partners(string? role, HttpStatusCode expected)
    {
        var client = role is null ? _service.CreateClient() : _service.CreateClient(TestTokens.For(role));

        Assert.Equal(expected, (await client.GetAsync("/api/partner/notifications")).StatusCode);
    }

    [Fact]
    public async Task Reads_and_changes_leave_an_audit_trail_that_admin_can_verify_and_list()
    {
        var created = await JsonOf(await Partner(Derbyshire).PostAsJsonAsync("/api/partner/notifications", Notice("DBY-AUDIT")));
        var id = created.GetProperty("id").GetString();
        await Partner(Derbyshire).GetAsync($"/api/partner/notifications/{id}");
        var staff = _service.CreateClient(TestTokens.For(Roles.Notifications));
        await staff.GetAsync($"/api/notifications/inbound/{id}");
        var admin = _service.CreateClient(TestTokens.For(Roles.Admin));

        // Rows are chained in the background, moments after they are written.
        var verification = await Eventually.ReturnsAsync(async () => await JsonOf(await admin.GetAsync("/api/audit/verification")),
            v => v.GetProperty("awaitingChain").GetInt64() == 0, "the audit rows to be chained");
        var partnerRows = await JsonOf(await admin.GetAsync($"/api/audit/records?subject=partner-user-{Derbyshire}"));

        Assert.True(verification.GetProperty("isIntact").GetBoolean());
        Assert.Equal(3, verification.GetProperty("rowsChecked").GetInt64());
        var actions = partnerRows.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("action").GetString()).ToList();
        Assert.Equal(["GetOwnNotification", "NotifyPlacement"], actions);
        Assert.All(partnerRows.GetProperty("items").EnumerateArray(), r => Assert.Equal(Derbyshire, r.GetProperty("authority").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/audit/verification")).StatusCode);
    }

    private async Task<List<(string Type, JsonElement Payload)>> AnnouncedAsync(string id)
    {
        await using var scope = _service.Services.CreateAsyncScope();
        var messages = await scope.ServiceProvider.GetRequiredService<NotificationsEntryPoint>().Set<OutboxMessage>().AsNoTracking()
            .OrderBy(m => m.OccurredAt).Select(m => new { m.MessageType, m.Payload }).ToListAsync();
        return [.. messages.Select(m => (m.MessageType[(m.MessageType.LastIndexOf('.') + 1)..], JsonDocument.Parse(m.Payload).RootElement))
            .Where(m => m.Item2.GetProperty("notificationId").GetString() == id)];
    }

    [Fact]
    public async Task A_notice_tells_our_teams_at_once_a_change_is_passed_on_and_an_end_or_a_withdrawal_says_the_child_has_gone()
    {
        var derbyshire = Partner(Derbyshire);
        var created = await derbyshire.PostAsJsonAsync("/api/partner/notifications", Notice("DBY-ROUTE", Today.AddDays(-10)));
        var id = (await JsonOf(created)).GetProperty("id").GetString()!;
        var arrived = Assert.Single(await AnnouncedAsync(id));
        Assert.Equal(("OutOfAreaChildArrived", "DBY-ROUTE", Iso(Today.AddDays(-10))), (arrived.Type,
            arrived.Payload.GetProperty("placingAuthorityReference").GetString(), arrived.Payload.GetProperty("placedOn").GetString()));

        var amended = await derbyshire.PutAsJsonAsync($"/api/partner/notifications/{id}", new
        {
            partnerReference = "DBY-ROUTE", givenName = "Ellie", familyName = "Stone", dateOfBirth = "2012-05-04", sex = "F", legalStatus = "C2",
            placementType = "U6", placementPostcode = "DE1 2AA", placementStartOn = Iso(Today.AddDays(-10)), isEmergency = false,
            lastHealthAssessmentOn = Iso(Today.AddDays(-100)), reviewHealthAssessmentsRequested = true,
        });
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        var changed = (await AnnouncedAsync(id))[^1].Payload;
        Assert.Equal((true, Iso(Today.AddDays(-100))), (changed.GetProperty("reviewHealthAssessmentsRequested").GetBoolean(), changed.GetProperty("lastHealthAssessmentOn").GetString()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await derbyshire.PostAsJsonAsync($"/api/partner/notifications/{id}/withdraw", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await derbyshire.PostAsJsonAsync($"/api/partner/notifications/{id}/end", new { endedOn = Iso(Today.AddDays(-11)) })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await derbyshire.PostAsJsonAsync($"/api/partner/notifications/{id}/end", new { endedOn = Iso(Today.AddDays(1)) })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Partner(Nottinghamshire).PostAsJsonAsync($"/api/partner/notifications/{id}/end", new { endedOn = Iso(Today) })).StatusCode);
        var ended = await JsonOf(await derbyshire.PostAsJsonAsync($"/api/partner/notifications/{id}/end", new { endedOn = Iso(Today) }));
        Assert.Equal(("ended", Iso(Today)), (ended.GetProperty("state").GetString(), ended.GetProperty("endedOn").GetString()));
        var departed = (await AnnouncedAsync(id))[^1];
        Assert.Equal(("OutOfAreaChildDeparted", Iso(Today)), (departed.Type, departed.Payload.GetProperty("endedOn").GetString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await derbyshire.PutAsJsonAsync($"/api/partner/notifications/{id}", Notice("DBY-ROUTE"))).StatusCode);

        var planned = (await JsonOf(await derbyshire.PostAsJsonAsync("/api/partner/notifications", Notice("DBY-PLAN", Today.AddDays(14))))).GetProperty("id").GetString()!;
        var withdrawn = await JsonOf(await derbyshire.PostAsJsonAsync($"/api/partner/notifications/{planned}/withdraw", new { reason = "The carers withdrew." }));
        Assert.Equal("withdrawn", withdrawn.GetProperty("state").GetString());
        Assert.Equal(["OutOfAreaChildArrived", "OutOfAreaChildDeparted"], (await AnnouncedAsync(planned)).Select(m => m.Type));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_partner_that_signs_must_sign_every_change_and_a_replayed_or_stale_one_is_refused_storing_nothing_twice()
    {
        const string Secret = "derbyshire-signing-secret-0123456789-abcdef";
        using var team = _service.CreateClient(TestTokens.For(Roles.Notifications));
        Assert.Equal(HttpStatusCode.Created, (await team.PutAsJsonAsync($"/api/notifications/partners/{Derbyshire}",
            new { name = "Derbyshire County Council", channel = "webhook", webhookUrl = "https://notify.derbyshire.example/placements", webhookSecret = Secret })).StatusCode);
        var derbyshire = Partner(Derbyshire);
        async Task<HttpResponseMessage> SendAsync(byte[] body, string? signature)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/partner/notifications") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            if (signature is not null)
            {
                request.Headers.Add(WebhookSignature.Header, signature);
            }
            return await derbyshire.SendAsync(request);
        }
        var body = JsonSerializer.SerializeToUtf8Bytes(Notice("DBY-SIGNED"), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var signed = WebhookSignature.Sign(System.Text.Encoding.UTF8.GetBytes(Secret), DateTimeOffset.UtcNow, body);

        var unsigned = await SendAsync(body, null);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Contains("missing", (await JsonOf(unsigned)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(body, signed)).StatusCode);
        var replayed = await SendAsync(body, signed);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Contains("accepted before", (await JsonOf(replayed)).GetProperty("detail").GetString());
        var stale = await SendAsync(body, WebhookSignature.Sign(System.Text.Encoding.UTF8.GetBytes(Secret), DateTimeOffset.UtcNow.AddMinutes(-6), body));
        Assert.Contains("minutes from our clock", (await JsonOf(stale)).GetProperty("detail").GetString());
        var wrongKey = await SendAsync(body, WebhookSignature.Sign(System.Text.Encoding.UTF8.GetBytes("someone-else's-secret-0123456789-abcdef"), DateTimeOffset.UtcNow, body));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Equal(1, (await JsonOf(await derbyshire.GetAsync("/api/partner/notifications"))).GetProperty("items").EnumerateArray()
            .Count(n => n.GetProperty("partnerReference").GetString() == "DBY-SIGNED")); // reads need no signature
        Assert.Equal(HttpStatusCode.Created, (await Partner(Nottinghamshire).PostAsJsonAsync("/api/partner/notifications", Notice("NTT-TOKEN"))).StatusCode);
    }

    [Fact]
    public async Task A_partner_is_rate_limited_on_its_own_without_affecting_another()
    {
        await using var limited = await ServiceFactory<NotificationsEntryPoint>.StartAsync(
            fixture, ResourceNames.NotificationsDb, new Dictionary<string, string?> { ["RateLimiting:PartnerPermitsPerMinute"] = "3" });
        var derbyshire = limited.CreateClient(TestTokens.ForPartner(Derbyshire));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await derbyshire.GetAsync("/api/partner/notifications")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await limited.CreateClient(TestTokens.ForPartner(Nottinghamshire)).GetAsync("/api/partner/notifications")).StatusCode);
    }
}
