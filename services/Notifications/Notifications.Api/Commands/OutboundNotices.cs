using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;

namespace Notifications.Api.Commands;

/// <summary>
/// Changing one outbound notification for staff (docs/out-of-area.md §9): found and locked with its child (the
/// consumers' advisory lock), changed, audited and saved in one transaction.
/// </summary>
public sealed class OutboundNotices(NotificationsDbContext db, OutboundPlacements outbound, IAuditTrail audit)
{
    /// <summary>What the audit trail calls an outbound notification.</summary>
    public const string RecordKind = "outbound-notification";

    public Task<OutboundNotificationRow> ChangeAsync(Guid id, string action, Action<OutboundNotificationRow> change, CancellationToken ct) =>
        ChangeAsync(id, action, row =>
        {
            change(row);
            return Task.CompletedTask;
        }, ct);

    /// <summary>As above, for a change that reads more of the database under the same lock.</summary>
    public async Task<OutboundNotificationRow> ChangeAsync(Guid id, string action, Func<OutboundNotificationRow, Task> change, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var childId = await db.OutboundNotifications.Where(n => n.Id == id).Select(n => (Guid?)n.ChildId).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("Outbound notification", id);
        await outbound.LockedAsync(childId, ct);
        var row = await db.OutboundNotifications.SingleAsync(n => n.Id == id, ct);
        await change(row);
        row.Version++;
        await audit.RecordAsync(new AuditEntry(action, RecordKind, childId, id.ToString()), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return row;
    }
}
