using CorporateParenting.Calendar;
using CorporateParenting.Contracts.Notifications;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Notifications.Api.Commands;
using Notifications.Api.Delivery;
using Notifications.Api.Infrastructure;
using Notifications.Api.Options;
using Notifications.Domain.Webhooks;

namespace Notifications.Api.Sweeps;

/// <summary>
/// Delivers pending notices (docs/out-of-area.md §11): up to <see cref="BatchSize"/> due deliveries are leased at once
/// (their next attempt moved past the attempt's time, with <c>FOR UPDATE SKIP LOCKED</c>, so no two instances try the
/// same one), each sent in parallel in its own scope so a slow partner holds up no other, by the channel the partner
/// directory names then (a signed webhook, or an email with its one-use acknowledgement link), and each attempt recorded:
/// accepted — delivered, the notice's sent day set, <c>OutOfAreaNotificationDelivered</c> queued; refused or no answer
/// — tried again after a doubling wait (<see cref="RetrySchedule"/>) until the attempts run out, then dead.
/// </summary>
public sealed class DeliverySweep(NotificationsDbContext db, IServiceScopeFactory scopes, IOptions<DeliveryOptions> options, TimeProvider clock, ILogger<DeliverySweep> logger)
    : IPeriodicSweep
{
    public const int BatchSize = 20;

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var (delivered, failed) = await RunAsync(cancellationToken);
        if (delivered + failed > 0)
        {
            logger.LogInformation("Delivery: {Delivered} notices delivered, {Failed} attempts failed", delivered, failed);
        }
    }

    public async Task<(int Delivered, int Failed)> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lease = now + options.Value.Timeout + TimeSpan.FromSeconds(30);
        var due = await db.Database.SqlQuery<long>(
            $"""
            UPDATE deliveries SET next_attempt_at = {lease}
            WHERE id IN (SELECT id FROM deliveries WHERE state = 'pending' AND next_attempt_at <= {now} ORDER BY next_attempt_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        var results = await Task.WhenAll(due.Select(id => AttemptAsync(id, cancellationToken)));
        return (results.Count(r => r), results.Count(r => !r));
    }

    private async Task<bool> AttemptAsync(long deliveryId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var scoped = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var delivery = await scoped.Set<DeliveryRow>().SingleAsync(d => d.Id == deliveryId, ct);
        var notification = await scoped.OutboundNotifications.SingleAsync(n => n.Id == delivery.NotificationId, ct);
        var partner = await scoped.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.AuthorityCode == notification.HostAuthorityCode, ct);
        var acknowledgements = scope.ServiceProvider.GetRequiredService<NoticeAcknowledgements>();

        var now = clock.GetUtcNow();
        var (accepted, status, outcome) = partner switch
        {
            { Channel: PartnerRow.Webhook, WebhookUrl: { } url, WebhookSecret: { } secret } => await scope.ServiceProvider.GetRequiredService<WebhookSender>()
                .SendAsync(url, secret, Document(scope.ServiceProvider, delivery, notification, now, acknowledgements.PartnerApiUrl(notification.Id, delivery.Notice)), options.Value.Timeout, ct),
            { Channel: PartnerRow.Email, InboxEmail: not null } => await EmailAsync(scope.ServiceProvider, acknowledgements, scoped, delivery, notification, partner, now, ct),
            _ => (false, (int?)null, $"{notification.HostAuthorityCode} has no webhook or inbox in the partner directory now"),
        };
        delivery.Channel = partner?.Channel ?? delivery.Channel;

        await using var transaction = await scoped.Database.BeginTransactionAsync(ct);
        delivery.Attempts++;
        scoped.Add(new DeliveryAttemptRow { DeliveryId = deliveryId, At = now, StatusCode = status, Outcome = outcome.Length > 500 ? outcome[..500] : outcome });
        if (accepted)
        {
            (delivery.State, delivery.DeliveredAt, delivery.LastError) = (DeliveryRow.Delivered, now, null);
            var today = clock.Today();
            if (delivery.Notice == "placement")
            {
                notification.PlacementNoticeSentOn ??= today;
            }
            else
            {
                notification.EndNoticeSentOn ??= today;
            }
            scoped.AddIntegrationEvent(new OutOfAreaNotificationDelivered(notification.Id, notification.ChildId, notification.HostAuthorityCode,
                delivery.Notice, delivery.Channel, delivery.Attempts, now));
        }
        else
        {
            delivery.LastError = outcome.Length > 500 ? outcome[..500] : outcome;
            if (delivery.Attempts >= options.Value.MaxAttempts)
            {
                delivery.State = DeliveryRow.Dead;
            }
            else
            {
                delivery.NextAttemptAt = now + RetrySchedule.WaitAfter(delivery.Attempts, options.Value.FirstRetryAfter, options.Value.LongestWait);
            }
        }
        await scoped.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return accepted;
    }

    /// <summary>
    /// An email carries a one-use acknowledgement link (§12), stored before the email goes so the link works the moment
    /// it arrives; a link in an email that failed is never seen and simply expires.
    /// </summary>
    private async Task<(bool, int?, string)> EmailAsync(IServiceProvider scope, NoticeAcknowledgements acknowledgements, NotificationsDbContext db, DeliveryRow delivery, OutboundNotificationRow notification,
        PartnerRow partner, DateTimeOffset now, CancellationToken ct)
    {
        var link = acknowledgements.NewLink(delivery, now);
        await db.SaveChangesAsync(ct);
        var email = NoticeEmail.Compose(Document(scope, delivery, notification, now, link), partner, scope.GetRequiredService<IOptions<EmailOptions>>().Value.From);
        return await scope.GetRequiredService<EmailSender>().SendAsync(email, options.Value.Timeout, ct);
    }

    private static NoticeDocument Document(IServiceProvider scope, DeliveryRow delivery, OutboundNotificationRow notification, DateTimeOffset now, string acknowledge)
    {
        var authority = scope.GetRequiredService<IOptions<AuthorityOptions>>().Value;
        return NoticeDocument.Of(delivery, notification, new(authority.Code, authority.Name), now, acknowledge);
    }
}
