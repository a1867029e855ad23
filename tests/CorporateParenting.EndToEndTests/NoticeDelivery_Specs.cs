extern alias NotificationsApi;

using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.Infrastructure;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NotificationsDbContext = NotificationsApi::Notifications.Api.Infrastructure.NotificationsDbContext;
using SignatureCheck = global::Notifications.Domain.Webhooks.SignatureCheck;
using ISeenSignatures = global::Notifications.Domain.Webhooks.ISeenSignatures;
using WebhookSignature = global::Notifications.Domain.Webhooks.WebhookSignature;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// Notices delivered to host authorities' endpoints (docs/out-of-area.md §11) against real local receivers that check
/// the signature as a partner would: a good partner gets a signed notice once and it is marked sent; a failing one is
/// tried again after doubling waits, then dead-lettered, without holding up the other; a dead letter sent again arrives.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class NoticeDelivery_Specs(InfrastructureFixture fixture) : IAsyncLifetime
{
    private const string Ours = "E06000015";
    private const string Api = "/api/notifications/outbound";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private ServiceFactory<NotificationsDbContext> _service = null!;
    private readonly List<Receiver> _receivers = [];

    private LocalSmtpServer _mail = null!;

    public async Task InitializeAsync()
    {
        _mail = await fixture.MailServerAsync();
        _service = await ServiceFactory<NotificationsDbContext>.StartAsync(fixture, ResourceNames.NotificationsDb, new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{ResourceNames.Mail}"] = _mail.ConnectionString,
            ["Notifications:Delivery:Interval"] = "00:00:00.200",
            ["Notifications:Delivery:FirstRetryAfter"] = "00:00:00.100",
            ["Notifications:Delivery:LongestWait"] = "00:00:00.400",
            ["Notifications:Delivery:MaxAttempts"] = "3",
            ["Notifications:Delivery:Timeout"] = "00:00:05",
        });
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        foreach (var receiver in _receivers)
        {
            await receiver.DisposeAsync();
        }
    }

    /// <summary>A partner's endpoint on this machine: checks each request's signature with its secret and keeps what it accepted.</summary>
    private sealed class Receiver : IAsyncDisposable, ISeenSignatures
    {
        private readonly WebApplication _app;
        private readonly ConcurrentDictionary<string, bool> _seen = new();

        public ConcurrentQueue<(SignatureCheck Check, string DeliveryId, JsonElement Body)> Received { get; } = new();

        public bool Failing { get; set; }

        public string Url => $"{_app.Urls.First()}/notices";

        private Receiver(WebApplication app) => _app = app;

        public static async Task<Receiver> StartAsync(string secret, bool failing)
        {
            // Nothing of the services' settings (their Kestrel endpoints) reaches the partner's own server.
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetTempPath(), EnvironmentName = "Partner" });
            builder.Configuration.Sources.Clear();
            builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            var receiver = new Receiver(app) { Failing = failing };
            app.MapPost("/notices", async (HttpRequest request) =>
            {
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer);
                var body = buffer.ToArray();
                if (receiver.Failing)
                {
                    return Results.StatusCode(503);
                }
                var check = await WebhookSignature.VerifyAsync(request.Headers[WebhookSignature.Header], body, [Encoding.UTF8.GetBytes(secret)],
                    DateTimeOffset.UtcNow, receiver);
                receiver.Received.Enqueue((check, request.Headers["X-Corporate-Parenting-Delivery"].ToString(), JsonDocument.Parse(body).RootElement.Clone()));
                return check == SignatureCheck.Valid ? Results.Ok() : Results.StatusCode(401);
            });
            await app.StartAsync();
            return receiver;
        }

        public Task<bool> FirstSightingAsync(string signature, DateTimeOffset keepUntil, CancellationToken ct) => Task.FromResult(_seen.TryAdd(signature, true));

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }

    private async Task<Guid> PlacedNoticeReadyAsync(HttpClient team, string host)
    {
        var child = Guid.NewGuid();
        await _service.PublishConsumedAsync(new ChildEnteredCare(child, Guid.NewGuid(), "Noa", "Sent", new DateOnly(2012, 1, 9),
            Today.AddDays(-1), "C2", "N1", "U4", host, true, DateTimeOffset.UtcNow, IsEmergency: true));
        var id = (await team.GetFromJsonAsync<JsonElement>($"{Api}?hostAuthorityCode={host}&pageSize=200")).GetProperty("items").EnumerateArray()
            .Single(n => n.GetProperty("childId").GetGuid() == child).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await team.PutAsJsonAsync($"{Api}/{id}/content", new
        {
            needsAssessment = "Needs a foster home with experience of trauma.", reasonsForPlacement = "The only matched carers.", carePlanReference = "CP-1",
        })).StatusCode);
        return id;
    }

    private async Task AddPartnerAsync(HttpClient team, string code, string url, string secret) =>
        Assert.Equal(HttpStatusCode.Created, (await team.PutAsJsonAsync($"/api/notifications/partners/{code}",
            new { name = $"Partner {code}", channel = "webhook", webhookUrl = url, webhookSecret = secret })).StatusCode);

    [Fact]
    public async Task A_signed_notice_reaches_a_good_partner_once_while_a_failing_one_is_retried_then_dead_lettered_and_sent_again()
    {
        const string GoodSecret = "derbyshire-secret-0123456789-0123456789", BadSecret = "nottinghamshire-secret-0123456789-01234";
        var good = await Receiver.StartAsync(GoodSecret, failing: false);
        var bad = await Receiver.StartAsync(BadSecret, failing: true);
        _receivers.AddRange([good, bad]);
        using var team = _service.CreateClient(TestTokens.For(Roles.Notifications));
        await AddPartnerAsync(team, "E10000007", good.Url, GoodSecret);
        await AddPartnerAsync(team, "E10000024", bad.Url, BadSecret);
        var toGood = await PlacedNoticeReadyAsync(team, "E10000007");
        var toBad = await PlacedNoticeReadyAsync(team, "E10000024");
        var notInDirectory = await PlacedNoticeReadyAsync(team, "E10000032");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await team.PostAsync($"{Api}/{notInDirectory}/notices/placement/send", null)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await team.PostAsync($"{Api}/{toGood}/notices/end/send", null)).StatusCode);
        var sent = await team.PostAsync($"{Api}/{toGood}/notices/placement/send", null);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        var goodDelivery = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var badDelivery = (await (await team.PostAsync($"{Api}/{toBad}/notices/placement/send", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        async Task<JsonElement> DeliveryAsync(long id) => await team.GetFromJsonAsync<JsonElement>($"{Api}/deliveries/{id}");
        var delivered = await Eventually.ReturnsAsync(() => DeliveryAsync(goodDelivery), d => d.GetProperty("state").GetString() == "delivered", "the good partner's delivery");
        var received = Assert.Single(good.Received);
        Assert.Equal((SignatureCheck.Valid, $"{goodDelivery}", "placement", Ours, "CP-1"), (received.Check, received.DeliveryId,
            received.Body.GetProperty("notice").GetString(), received.Body.GetProperty("from").GetProperty("code").GetString(),
            received.Body.GetProperty("content").GetProperty("carePlanReference").GetString()));
        Assert.Equal(1, delivered.GetProperty("attempts").GetInt32());
        var acknowledge = new Uri(received.Body.GetProperty("acknowledge").GetString()!).PathAndQuery; // the partner acknowledges through our API, signed
        using var derbyshire = _service.CreateClient(TestTokens.ForPartner("E10000007"));
        var unsigned = await derbyshire.PostAsJsonAsync(acknowledge, new { acknowledgedBy = "Dee Byshire" });
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        var body = JsonSerializer.SerializeToUtf8Bytes(new { acknowledgedBy = "Dee Byshire" });
        using var signed = new HttpRequestMessage(HttpMethod.Post, acknowledge) { Content = new ByteArrayContent(body) };
        signed.Content.Headers.ContentType = new("application/json");
        signed.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(Encoding.UTF8.GetBytes(GoodSecret), DateTimeOffset.UtcNow, body));
        var acknowledged = await derbyshire.SendAsync(signed);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Equal("api", (await acknowledged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("placementNotice").GetProperty("acknowledged").GetProperty("via").GetString());
        Assert.Equal(Today.ToString("yyyy-MM-dd"), (await team.GetFromJsonAsync<JsonElement>($"{Api}/{toGood}")).GetProperty("placementNotice").GetProperty("sentOn").GetString());

        var dead = await Eventually.ReturnsAsync(() => DeliveryAsync(badDelivery), d => d.GetProperty("state").GetString() == "dead", "the failing partner's delivery to die");
        Assert.Equal(3, dead.GetProperty("attempts").GetInt32());
        Assert.All(dead.GetProperty("history").EnumerateArray(), a => Assert.True(a.GetProperty("statusCode").ValueKind == JsonValueKind.Number && a.GetProperty("statusCode").GetInt32() == 503, a.ToString()));
        Assert.Contains((await team.GetFromJsonAsync<JsonElement>($"{Api}/deliveries?state=dead")).GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetInt64() == badDelivery);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await team.PostAsync($"{Api}/deliveries/{goodDelivery}/resend", null)).StatusCode);

        bad.Failing = false;
        Assert.Equal(HttpStatusCode.OK, (await team.PostAsync($"{Api}/deliveries/{badDelivery}/resend", null)).StatusCode);
        await Eventually.ReturnsAsync(() => DeliveryAsync(badDelivery), d => d.GetProperty("state").GetString() == "delivered", "the dead letter sent again");
        Assert.Equal(SignatureCheck.Valid, Assert.Single(bad.Received).Check);

        await using var scope = _service.Services.CreateAsyncScope();
        var announced = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Set<OutboxMessage>()
            .Where(m => m.MessageType.EndsWith(".OutOfAreaNotificationDelivered")).CountAsync();
        Assert.Equal(2, announced);
        Assert.Single(good.Received); // delivered once, never again
    }

    [Fact]
    public async Task An_emailed_notice_reaches_the_hosts_inbox_copied_to_its_teams_and_its_link_acknowledges_it_once()
    {
        using var team = _service.CreateClient(TestTokens.For(Roles.Notifications));
        var inbox = $"notices-{Guid.NewGuid():N}@rutland.example";
        Assert.Equal(HttpStatusCode.Created, (await team.PutAsJsonAsync("/api/notifications/partners/E06000017", new
        {
            name = "Rutland County Council", channel = "email", inboxEmail = inbox, virtualSchoolEmail = "virtual.school@rutland.example",
            healthTeamEmail = "lac.health@rutland.example",
        })).StatusCode);
        var id = await PlacedNoticeReadyAsync(team, "E06000017");

        var delivery = (await (await team.PostAsync($"{Api}/{id}/notices/placement/send", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var delivered = await Eventually.ReturnsAsync(() => team.GetFromJsonAsync<JsonElement>($"{Api}/deliveries/{delivery}"),
            d => d.GetProperty("state").GetString() == "delivered", "the email accepted by the SMTP server");

        Assert.Equal("email", delivered.GetProperty("channel").GetString());
        var email = Assert.Single(await _mail.Mailbox.ListAsync(), e => e.To.Contains(inbox, StringComparer.OrdinalIgnoreCase));
        var message = MimeKit.MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(await _mail.Mailbox.SourceAsync(email.Id))));
        Assert.Equal(["virtual.school@rutland.example", "lac.health@rutland.example"], message.Cc.Mailboxes.Select(m => m.Address));
        Assert.DoesNotContain("Noa", message.Subject); // no child named where previews and logs show it
        Assert.Contains("CPPCR reg 13(4)", message.Subject);
        Assert.Contains("Child: Noa Sent, born Monday 9 January 2012", message.TextBody);
        Assert.Contains("Care plan: CP-1", message.TextBody);
        var document = Assert.Single(message.Attachments.OfType<MimeKit.MimePart>());
        using var html = new MemoryStream();
        document.Content!.DecodeTo(html);
        Assert.Contains("<dt>Why this placement is the most suitable</dt><dd>The only matched carers.</dd>", Encoding.UTF8.GetString(html.ToArray()));
        var link = new Uri(message.TextBody!.Split('\n').Select(l => l.Trim()).Single(l => l.Contains("/acknowledge/"))).PathAndQuery;

        using var anyone = _service.CreateClient();
        var page = await anyone.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var shown = await page.Content.ReadAsStringAsync();
        Assert.Contains("Acknowledge receipt", shown);
        Assert.DoesNotContain("Noa", shown); // a link may be forwarded
        Assert.Null(await AcknowledgedAsync(team, id)); // opening it changed nothing
        var confirmed = await anyone.PostAsync(link, new FormUrlEncodedContent([new("name", "Robin Lee")]));
        Assert.Contains("Thank you", await confirmed.Content.ReadAsStringAsync());
        var acknowledgement = (await AcknowledgedAsync(team, id))!.Value;
        Assert.Equal(("email", "Robin Lee (by the emailed link)"), (acknowledgement.GetProperty("via").GetString(), acknowledgement.GetProperty("by").GetString()));

        var again = await anyone.PostAsync(link, new FormUrlEncodedContent([new("name", "Someone Else")]));
        Assert.Contains("Already acknowledged", await again.Content.ReadAsStringAsync());
        Assert.Equal("Robin Lee (by the emailed link)", (await AcknowledgedAsync(team, id))!.Value.GetProperty("by").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync("/acknowledge/not-a-token")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/acknowledge/{new string('A', 43)}")).StatusCode);
    }

    private static async Task<JsonElement?> AcknowledgedAsync(HttpClient team, Guid id) =>
        (await team.GetFromJsonAsync<JsonElement>($"{Api}/{id}")).GetProperty("placementNotice").GetProperty("acknowledged") is { ValueKind: JsonValueKind.Object } a ? a : null;
}
