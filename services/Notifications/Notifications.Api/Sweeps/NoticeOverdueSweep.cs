using CorporateParenting.Contracts.Notifications;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Api.Queries;

namespace Notifications.Api.Sweeps;

/// <summary>
/// Notices to host authorities past their due date unsent (docs/out-of-area.md §9): each overdue item of the worklist is
/// announced with <c>OutOfAreaNoticeOverdue</c> once per notification, notice and due date — a row keyed by the three
/// (<c>outbound_notices_overdue</c>) inserted with <c>ON CONFLICT DO NOTHING</c> in the transaction that queues the
/// event, so however many instances sweep, each is announced once; a new due date is announced in its turn.
/// </summary>
public sealed class NoticeOverdueSweep(NotificationsDbContext db, ListOutboundNotificationsHandler outbound, TimeProvider clock, ILogger<NoticeOverdueSweep> logger)
    : IPeriodicSweep
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var announced = await RunAsync(cancellationToken);
        if (announced > 0)
        {
            logger.LogInformation("Notice sweep: {Announced} notices to host authorities newly overdue", announced);
        }
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var overdue = await outbound.OverdueAsync(cancellationToken);
        var announced = 0;
        foreach (var item in overdue)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var inserted = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO outbound_notices_overdue (notification_id, notice, due_on, announced_at) VALUES ({item.NotificationId}, {item.Notice}, {item.DueOn}, {now}) ON CONFLICT DO NOTHING",
                cancellationToken);
            if (inserted == 1)
            {
                db.AddIntegrationEvent(new OutOfAreaNoticeOverdue(item.NotificationId, item.ChildId, item.GivenName, item.FamilyName, item.HostAuthorityCode,
                    item.Notice, item.DueOn, now));
                await db.SaveChangesAsync(cancellationToken);
                announced++;
            }
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return announced;
    }
}
