using static CorporateParenting.DemoData.DemoDates;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using CorporateParenting.DemoData.VirtualSchool;
using Microsoft.Extensions.Logging;

namespace CorporateParenting.DemoData.Notifications;

/// <summary>
/// The Notifications part of the demo, through its REST API as the notifications team would use it (docs/out-of-area.md
/// §9–§11): once the cohort's placements elsewhere have become outbound notifications, every host authority in the
/// partner directory (alternately by webhook, to an address that does not answer so deliveries retry and die, and by
/// email, with a secret made here and never shown); then, in a stable order, most notices given their content and part
/// of the reg 13 checklist, some recorded as sent by hand (half of those acknowledged by the host, the rest chased),
/// some sent through the platform (the emails land in the local SMTP server's web view; the webhooks die), a few
/// recorded as sent a week ago and chased for an acknowledgement, some ends intended ahead, and a few intents
/// recorded, one of them withdrawn.
/// </summary>
public sealed class DemoNotifications(HttpClient notifications, ILogger<DemoNotifications> logger)
{
    private const string Api = "/api/notifications/outbound";
    private readonly DemoApi api = new(notifications);

    public async Task LoadAsync(DateOnly today, CancellationToken ct)
    {
        var all = await NotificationsOnceSettledAsync(ct);
        var hosts = all.Select(n => n.GetProperty("hostAuthorityCode").GetString()!).Distinct().Order().ToList();
        foreach (var (host, i) in hosts.Select((h, i) => (h, i)))
        {
            object partner = i % 2 == 0
                ? new { name = $"Host authority {host}", channel = "webhook", webhookUrl = $"https://notify-{host.ToLowerInvariant()}.invalid/placements",
                    webhookSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)), virtualSchoolEmail = $"virtual.school@{host.ToLowerInvariant()}.invalid" }
                : new { name = $"Host authority {host}", channel = "email", inboxEmail = $"out.of.area@{host.ToLowerInvariant()}.invalid",
                    healthTeamEmail = $"lac.health@{host.ToLowerInvariant()}.invalid" };
            await api.SendAsync(HttpMethod.Put, $"/api/notifications/partners/{host}", partner, ct);
        }

        var (withContent, sentByHand, acknowledged, sentByWebhook, sentByEmail, endsIntended) = (0, 0, 0, 0, 0, 0);
        foreach (var (notification, i) in all.Select((n, i) => (n, i)))
        {
            var id = notification.GetProperty("id").GetGuid();
            var state = notification.GetProperty("state").GetString();
            if (i % 4 == 3)
            {
                continue; // left without content: on the worklist, lacking what reg 13(4) requires
            }
            await api.SendAsync(HttpMethod.Put, $"{Api}/{id}/content", new
            {
                needsAssessment = "Needs a stable home with carers experienced in supporting children after trauma; attends CAMHS.",
                reasonsForPlacement = "The closest matched placement able to keep the child at the same school.",
                carePlanReference = $"CP-{1000 + i}", socialWorker = "Duty social work team, 01332 640000",
            }, ct);
            withContent++;
            await api.SendAsync(HttpMethod.Put, $"{Api}/{id}/other-recipients/iro", new { notifiedOn = Iso(Min(today, StartOf(notification))) }, ct);
            if (i % 2 == 0)
            {
                await api.SendAsync(HttpMethod.Put, $"{Api}/{id}/other-recipients/parents",
                    new { leftOutBecause = "Strategy meeting: telling the birth family where the child lives would put the child at risk of significant harm." }, ct);
            }
            var channelIsWebhook = hosts.IndexOf(notification.GetProperty("hostAuthorityCode").GetString()!) % 2 == 0;
            if (i % 3 == 0)
            {
                var sentOn = Min(today, StartOf(notification));
                await api.SendAsync(HttpMethod.Post, $"{Api}/{id}/notices/placement/sent", new { sentOn = Iso(sentOn) }, ct);
                sentByHand++;
                if (i % 2 == 0)
                {
                    await api.SendAsync(HttpMethod.Post, $"{Api}/{id}/notices/placement/acknowledgement",
                        new { acknowledgedOn = Iso(Min(today, sentOn.AddDays(1))), acknowledgedBy = "Jordan Ellis" }, ct);
                    acknowledged++;
                }
            }
            else if (i % 3 == 1)
            {
                // Through the platform by the host's channel: webhooks to addresses that never answer, emails to the local SMTP server.
                foreach (var notice in state == "ended" ? new[] { "placement", "end" } : ["placement"])
                {
                    var (status, _) = await api.SendAsync(HttpMethod.Post, $"{Api}/{id}/notices/{notice}/send", null, ct, HttpStatusCode.Conflict);
                    var queued = status == HttpStatusCode.Accepted ? 1 : 0;
                    (sentByWebhook, sentByEmail) = channelIsWebhook ? (sentByWebhook + queued, sentByEmail) : (sentByWebhook, sentByEmail + queued);
                }
            }
            if (state == "placed" && i % 5 == 0)
            {
                await api.SendAsync(HttpMethod.Put, $"{Api}/{id}/end-intention", new { endsOn = Iso(today.AddDays(21 + i % 30)) }, ct);
                endsIntended++;
            }
        }

        // A few notices that were ready, recorded as sent a week ago and not acknowledged since: chased on the worklist.
        var chased = 0;
        var ready = (await api.GetAsync($"{Api}/worklist?pageSize=200", ct)).GetProperty("items").EnumerateArray()
            .Where(w => w.GetProperty("action").GetString() == "send" && w.GetProperty("notice").GetString() == "placement" && w.GetProperty("missing").GetArrayLength() == 0)
            .Select(w => w.GetProperty("notificationId").GetGuid()).Take(4).ToList();
        foreach (var id in ready)
        {
            await api.SendAsync(HttpMethod.Post, $"{Api}/{id}/notices/placement/sent", new { sentOn = Iso(today.AddDays(-7)) }, ct);
            chased++;
        }

        var intents = 0;
        foreach (var (host, i) in hosts.Take(3).Select((h, i) => (h, i)))
        {
            var (status, intent) = await api.SendAsync(HttpMethod.Post, $"{Api}/intents", new
            {
                childId = DemoChild(i), givenName = "Planned", familyName = $"Move {i + 1}", dateOfBirth = Iso(today.AddYears(-(9 + i))), hostAuthorityCode = host,
                plannedStartOn = Iso(today.AddDays(10 + 7 * i)), placementType = "U4", approvedBy = i == 2 ? "Sam Patel" : "Jo Hartley", approverRole = i == 2 ? "dcs" : "nominated-officer",
            }, ct, HttpStatusCode.Conflict);
            if (status == HttpStatusCode.Created)
            {
                intents++;
                if (i == 2)
                {
                    await api.SendAsync(HttpMethod.Post, $"{Api}/{intent.GetProperty("id").GetGuid()}/withdraw", new { reason = "The carers withdrew their offer." }, ct);
                }
            }
        }

        logger.LogInformation(
            "Notifications: {Notifications} placements elsewhere, {Hosts} host authorities in the directory; {Content} notices with content, {ByHand} recorded as sent ({Acknowledged} acknowledged), {ByWebhook} sent by webhook (to addresses that do not answer), {ByEmail} by email (in the local SMTP server's web view), {Chased} sent a week ago and chased, {Ends} ends intended, {Intents} intents.",
            all.Count, hosts.Count, withContent, sentByHand, acknowledged, sentByWebhook, sentByEmail, chased, endsIntended, intents);
    }

    /// <summary>A fixed child id per intent, so a second load finds the first (409).</summary>
    private static Guid DemoChild(int i) => new($"0000000{i + 1}-de30-4000-8000-000000000000");

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly StartOf(JsonElement notification) =>
        DateOnly.Parse(notification.GetProperty("startsOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The outbound notifications the cohort's events opened, once their count has stopped changing for 10 seconds.</summary>
    private async Task<List<JsonElement>> NotificationsOnceSettledAsync(CancellationToken ct)
    {
        await api.TotalOnceSettledAsync($"{Api}?pageSize=1", TimeSpan.FromSeconds(10), atLeastOne: false, ct);

        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var items = (await api.GetAsync($"{Api}?page={page}&pageSize=200", ct)).GetProperty("items").EnumerateArray().ToList();
            all.AddRange(items.Where(n => n.GetProperty("state").GetString() is "placed" or "ended"));
            if (items.Count < 200)
            {
                return [.. all.OrderBy(n => n.GetProperty("familyName").GetString()).ThenBy(n => n.GetProperty("id").GetGuid())];
            }
        }
    }

}
