using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Commands;
using Notifications.Api.Infrastructure;

namespace Notifications.Api.Queries;

/// <summary>Any one inbound notice, for our notifications team; every read is audited.</summary>
public sealed class GetInboundNotificationHandler(NotificationsDbContext db, IAuditTrail audit)
{
    public async Task<NotificationView> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var notification = await db.InboundNotifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken)
            ?? throw new NotFoundException("Notification", id);
        await audit.RecordAsync(new AuditEntry("GetInboundNotification", PartnerNotices.RecordKind, null, id.ToString()), cancellationToken);
        return NotificationView.Of(notification);
    }
}
