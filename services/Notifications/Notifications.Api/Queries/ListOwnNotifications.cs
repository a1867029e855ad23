using System.Security.Claims;
using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Commands;
using Notifications.Api.Infrastructure;

namespace Notifications.Api.Queries;

/// <summary>The notices the caller's authority has sent, newest placement first; the listing is audited.</summary>
public sealed class ListOwnNotificationsHandler(NotificationsDbContext db, IAuditTrail audit)
{
    public async Task<Page<NotificationView>> HandleAsync(ClaimsPrincipal caller, int page, int pageSize, CancellationToken cancellationToken)
    {
        var (skip, take) = Paging.Validate(page, pageSize);
        var authority = PartnerNotices.AuthorityOf(caller);
        var own = db.InboundNotifications.AsNoTracking().Where(n => n.PlacingAuthorityCode == authority);
        var items = await own.OrderByDescending(n => n.PlacementStartOn).ThenBy(n => n.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry("ListOwnNotifications", PartnerNotices.RecordKind, null), cancellationToken);
        return new Page<NotificationView>([.. items.Select(NotificationView.Of)], await own.CountAsync(cancellationToken));
    }
}
