extern alias NotificationsApi;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.Calendar;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CorporateParenting.Messaging.Outbox;
using NoticeOverdueSweep = NotificationsApi::Notifications.Api.Sweeps.NoticeOverdueSweep;
using NotificationsDbContext = NotificationsApi::Notifications.Api.Infrastructure.NotificationsDbContext;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// Our notices to host authorities from Placements' events on the real broker and database (docs/out-of-area.md §9):
/// a placement in another area opens a notification with its notice's due date, a move ends it and opens the next, an
/// intent recorded ahead is confirmed by the placement, and staff add what reg 13(4) requires before a notice can go.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OutboundNotifications_Specs(InfrastructureFixture fixture) : IAsyncLifetime
{
    private const string Ours = "E06000015";
    private const string Derbyshire = "E10000007";
    private const string Api = "/api/notifications/outbound";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private ServiceFactory<NotificationsDbContext> _service = null!;

    public async Task InitializeAsync() => _service = await ServiceFactory<NotificationsDbContext>.StartAsync(fixture, ResourceNames.NotificationsDb);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private Task PublishAsync(params object[] events) => _service.PublishConsumedAsync(events);

    private static ChildEnteredCare Entered(Guid child, Guid period, DateOnly on, string authority, bool emergency = false) =>
        new(child, period, "Ava", "Placed", new DateOnly(2013, 4, 2), on, "C2", "N1", "U4", authority, authority != Ours, DateTimeOffset.UtcNow, IsEmergency: emergency);

    private static PlacementChanged Moved(Guid child, Guid period, DateOnly on, string authority, bool emergency = false) =>
        new(child, period, "Ava", "Placed", new DateOnly(2013, 4, 2), on, "P", "CHILD", "U4", "K2", "PR4", "NG1 1AA", authority, authority != Ours, "C2",
            DateTimeOffset.UtcNow, IsEmergency: emergency);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<JsonElement[]> NotificationsOfAsync(HttpClient team, Guid child) =>
        [.. (await team.GetFromJsonAsync<JsonElement>($"{Api}?pageSize=200")).GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("childId").GetGuid() == child).OrderBy(n => n.GetProperty("startsOn").GetString())];

    [Fact]
    public async Task An_emergency_placement_elsewhere_is_due_in_five_working_days_and_a_move_home_ends_it_with_ten_more()
    {
        var (child, period) = (Guid.NewGuid(), Guid.NewGuid());
        var placed = Today.AddDays(-3);
        var entered = Entered(child, period, placed, Derbyshire, emergency: true);
        await PublishAsync(entered, entered); // the same event delivered twice under two ids: still one notification
        using var team = _service.CreateClient(TestTokens.For(Roles.Notifications));

        var open = Assert.Single(await NotificationsOfAsync(team, child));
        var notice = open.GetProperty("placementNotice");
        Assert.Equal(("placed", Derbyshire, true, Iso(Calendar.AddWorkingDays(placed, 5))), (open.GetProperty("state").GetString(),
            open.GetProperty("hostAuthorityCode").GetString(), open.GetProperty("isEmergency").GetBoolean(), notice.GetProperty("dueOn").GetString()));
        Assert.Equal(["needsAssessment", "reasonsForPlacement", "carePlanReference"], notice.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        var id = open.GetProperty("id").GetGuid();
        var worklist = (await team.GetFromJsonAsync<JsonElement>($"{Api}/worklist?pageSize=200")).GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("notificationId").GetGuid() == id).ToArray();
        Assert.Equal("placement", Assert.Single(worklist).GetProperty("notice").GetString());

        var tooSoon = await team.PostAsJsonAsync($"{Api}/{id}/notices/placement/sent", new { sentOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooSoon.StatusCode);
        Assert.Contains("needsAssessment, reasonsForPlacement, carePlanReference", (await tooSoon.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var content = await team.PutAsJsonAsync($"{Api}/{id}/content", new
        {
            needsAssessment = "Needs a settled foster home near her school; attachment support.", reasonsForPlacement = "Matched carers; the only vacancy that night.",
            carePlanReference = "CP-2026-118", socialWorker = "Sam Jones, 01332 000000",
        });
        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await team.PostAsJsonAsync($"{Api}/{id}/notices/placement/sent", new { sentOn = Iso(Today.AddDays(1)) })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await team.PostAsJsonAsync($"{Api}/{id}/notices/letter/sent", new { sentOn = Iso(Today) })).StatusCode);
        var sent = await (await team.PostAsJsonAsync($"{Api}/{id}/notices/placement/sent", new { sentOn = Iso(Today) })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((Iso(Today), false), (sent.GetProperty("placementNotice").GetProperty("sentOn").GetString(), sent.GetProperty("placementNotice").GetProperty("isOverdue").GetBoolean()));

        await PublishAsync(Moved(child, period, Today, Ours)); // home: the placement elsewhere ends, nothing new opens
        var ended = Assert.Single(await NotificationsOfAsync(team, child));
        Assert.Equal(("ended", Iso(Today), Iso(Calendar.AddWorkingDays(Today, 10))), (ended.GetProperty("state").GetString(),
            ended.GetProperty("endedOn").GetString(), ended.GetProperty("endNotice").GetProperty("dueOn").GetString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await team.PostAsJsonAsync($"{Api}/{id}/withdraw", new { reason = "x" })).StatusCode);
    }

    [Fact]
    public async Task A_notice_missed_is_announced_once_however_many_instances_sweep_and_a_notice_sent_leaves_the_worklist()
    {
        var (child, period) = (Guid.NewGuid(), Guid.NewGuid());
        await PublishAsync(Entered(child, period, Today.AddDays(-20), Derbyshire)); // planned, started 20 days ago, never notified
        using var team = _service.CreateClient(TestTokens.For(Roles.Notifications));
        var id = Assert.Single(await NotificationsOfAsync(team, child)).GetProperty("id").GetGuid();
        async Task<int> SweepAsync()
        {
            await using var scope = _service.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<NoticeOverdueSweep>().RunAsync(CancellationToken.None);
        }

        var sweeps = await Task.WhenAll(SweepAsync(), SweepAsync());
        Assert.Equal(0, await SweepAsync()); // everything overdue was announced by one of the two

        await using (var scope = _service.Services.CreateAsyncScope())
        {
            var payloads = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Set<OutboxMessage>()
                .Where(m => m.MessageType.EndsWith(".OutOfAreaNoticeOverdue")).Select(m => m.Payload).ToListAsync();
            var announced = Assert.Single(payloads.Select(p => JsonDocument.Parse(p).RootElement), p => p.GetProperty("notificationId").GetGuid() == id);
            Assert.Equal(("placement", Iso(Today.AddDays(-20)), Derbyshire), (announced.GetProperty("notice").GetString(),
                announced.GetProperty("dueOn").GetString(), announced.GetProperty("hostAuthorityCode").GetString()));
        }
        Assert.True(sweeps.Sum() >= 1); // with any other overdue notices the database holds
        var overdue = (await team.GetFromJsonAsync<JsonElement>($"{Api}/worklist?overdue=true&pageSize=200")).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("notificationId").GetGuid() == id);
        Assert.True(overdue.GetProperty("isOverdue").GetBoolean());
    }

    [Fact]
    public async Task An_intent_recorded_ahead_is_confirmed_by_the_placement_and_a_move_within_the_same_host_ends_one_and_opens_the_next()
    {
        var (child, period) = (Guid.NewGuid(), Guid.NewGuid());
        using var team = _service.CreateClient(TestTokens.For(Roles.Notifications));
        var intent = new
        {
            childId = child, givenName = "Ava", familyName = "Placed", dateOfBirth = "2013-04-02", hostAuthorityCode = Derbyshire, plannedStartOn = Iso(Today.AddDays(7)),
            placementType = "U4", placementPostcode = "de1 2aa", approvedBy = "Pat Officer", approverRole = "nominated-officer",
        };
        var bad = await team.PostAsJsonAsync($"{Api}/intents", intent with { });
        Assert.Equal(HttpStatusCode.Created, bad.StatusCode);
        var recorded = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("intent", Iso(Today.AddDays(7)), "DE1 2AA"), (recorded.GetProperty("state").GetString(),
            recorded.GetProperty("placementNotice").GetProperty("dueOn").GetString(), recorded.GetProperty("placementPostcode").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await team.PostAsJsonAsync($"{Api}/intents", intent)).StatusCode);
        var invalid = await team.PostAsJsonAsync($"{Api}/intents", new { childId = "x", hostAuthorityCode = "Derby", plannedStartOn = Iso(Today.AddDays(-1)), approverRole = "manager" });
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.All(new[] { "childId", "hostAuthorityCode", "plannedStartOn", "approverRole", "placementType", "approvedBy" }, f => Assert.True(errors.TryGetProperty(f, out _), f));

        await PublishAsync(Entered(child, period, Today.AddDays(5), Derbyshire)); // started two days early: confirmed, due by the start
        var confirmed = Assert.Single(await NotificationsOfAsync(team, child));
        Assert.Equal((recorded.GetProperty("id").GetGuid(), "placed", Iso(Today.AddDays(5)), "Pat Officer"), (confirmed.GetProperty("id").GetGuid(),
            confirmed.GetProperty("state").GetString(), confirmed.GetProperty("placementNotice").GetProperty("dueOn").GetString(), confirmed.GetProperty("approvedBy").GetString()));

        var id = confirmed.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await team.PutAsJsonAsync($"{Api}/{id}/end-intention", new { endsOn = Iso(Today.AddDays(30)) })).StatusCode);
        await PublishAsync(Moved(child, period, Today.AddDays(30), Derbyshire));
        var both = await NotificationsOfAsync(team, child);
        Assert.Equal(["ended", "placed"], both.Select(n => n.GetProperty("state").GetString()));
        Assert.Equal(Iso(Today.AddDays(30)), both[0].GetProperty("endNotice").GetProperty("dueOn").GetString()); // notice of intention: by the end

        var second = await team.PostAsJsonAsync($"{Api}/intents", intent with { });
        var other = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.BadRequest, (await team.PostAsJsonAsync($"{Api}/{other}/withdraw", new { reason = "" })).StatusCode);
        var withdrawn = await (await team.PostAsJsonAsync($"{Api}/{other}/withdraw", new { reason = "The carers withdrew their offer." })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("withdrawn", JsonValueKind.Null), (withdrawn.GetProperty("state").GetString(), withdrawn.GetProperty("placementNotice").ValueKind));
        Assert.Equal(HttpStatusCode.NotFound, (await team.GetAsync($"{Api}/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _service.CreateClient(TestTokens.ForPartner(Derbyshire)).GetAsync($"{Api}/worklist")).StatusCode);
    }

    [Fact]
    public async Task The_directory_keeps_each_partners_channel_and_never_gives_back_or_audits_a_secret()
    {
        using var team = _service.CreateClient(TestTokens.For(Roles.Notifications));
        const string Secret = "derbyshire-webhook-secret-0123456789-abcdef";
        var partner = "/api/notifications/partners/E10000007";
        var webhook = new { name = "Derbyshire County Council", channel = "webhook", webhookUrl = "https://notify.derbyshire.example/placements", virtualSchoolEmail = "virtual.school@derbyshire.example" };

        var noSecret = await team.PutAsJsonAsync(partner, webhook);
        Assert.True((await noSecret.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("webhookSecret", out _));
        var added = await team.PutAsJsonAsync(partner, new { webhook.name, webhook.channel, webhook.webhookUrl, webhook.virtualSchoolEmail, webhookSecret = Secret });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var text = await added.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Secret, text);
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("hasWebhookSecret").GetBoolean());
        var renamed = await team.PutAsJsonAsync(partner, webhook with { name = "Derbyshire CC" }); // the secret held is kept
        Assert.Equal((HttpStatusCode.OK, true), (renamed.StatusCode, (await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hasWebhookSecret").GetBoolean()));
        Assert.DoesNotContain(Secret, await team.GetStringAsync("/api/notifications/partners"));

        var bad = await team.PutAsJsonAsync("/api/notifications/partners/Derby", new { name = "", channel = "fax", webhookUrl = "http://notify.example", inboxEmail = "not an address", webhookSecret = "short" });
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.All(new[] { "authorityCode", "name", "channel", "webhookUrl", "inboxEmail", "webhookSecret" }, f => Assert.True(errors.TryGetProperty(f, out _), f));
        var email = await team.PutAsJsonAsync("/api/notifications/partners/E10000024", new { name = "Nottinghamshire County Council", channel = "email" });
        Assert.True((await email.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("inboxEmail", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await team.GetAsync("/api/notifications/partners/E10000024")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _service.CreateClient(TestTokens.ForPartner(Derbyshire)).GetAsync("/api/notifications/partners")).StatusCode);

        await using var scope = _service.Services.CreateAsyncScope();
        var audited = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Set<CorporateParenting.Audit.AuditRecord>()
            .Where(a => a.RecordKind == "partner-directory").ToListAsync();
        Assert.Equal(2, audited.Count);
        Assert.DoesNotContain(audited, a => JsonSerializer.Serialize(a).Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Notices_due_before_the_platform_took_over_are_shown_but_not_chased()
    {
        await using var live = await ServiceFactory<NotificationsDbContext>.StartAsync(fixture, ResourceNames.NotificationsDb,
            new Dictionary<string, string?> { ["Notifications:Outbound:NoticesOwedFrom"] = Iso(Today.AddDays(-30)) });
        var (old, recent) = (Guid.NewGuid(), Guid.NewGuid());
        var bus = live.Services.GetRequiredService<IBus>();
        await bus.Publish(Entered(old, Guid.NewGuid(), Today.AddDays(-400), Derbyshire));
        await bus.Publish(Entered(recent, Guid.NewGuid(), Today.AddDays(-10), Derbyshire));
        using var team = live.CreateClient(TestTokens.For(Roles.Notifications));
        await Eventually.ReturnsAsync(async () => (await team.GetFromJsonAsync<JsonElement>($"{Api}?pageSize=200")).GetProperty("items").EnumerateArray()
            .Count(n => n.GetProperty("childId").GetGuid() == old || n.GetProperty("childId").GetGuid() == recent), n => n == 2, "both placements opened");

        var worklist = (await team.GetFromJsonAsync<JsonElement>($"{Api}/worklist?pageSize=200")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("childId").GetGuid()).ToList();
        Assert.Contains(recent, worklist);
        Assert.DoesNotContain(old, worklist);
    }
}
