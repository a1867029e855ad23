using CorporateParenting.Audit;
using CorporateParenting.CodeLists;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Commands;
using Notifications.Api.Infrastructure;

namespace Notifications.Api.Queries;

/// <summary>Every child placed in our area by another authority, newest placement first, optionally one authority's; audited.</summary>
public sealed class ListInboundNotificationsHandler(NotificationsDbContext db, IAuditTrail audit)
{
    public async Task<Page<NotificationView>> HandleAsync(string? placingAuthorityCode, int page, int pageSize, CancellationToken cancellationToken)
    {
        var (skip, take) = Paging.Validate(page, pageSize);
        if (placingAuthorityCode is not null && !OnsAuthorityCode.IsValid(placingAuthorityCode))
        {
            var errors = new FieldErrors();
            errors.Add("placingAuthorityCode", "must be an ONS local authority code such as E06000015.");
            errors.ThrowIfAny();
        }
        var query = db.InboundNotifications.AsNoTracking();
        if (placingAuthorityCode is not null)
        {
            query = query.Where(n => n.PlacingAuthorityCode == placingAuthorityCode);
        }
        var items = await query.OrderByDescending(n => n.PlacementStartOn).ThenBy(n => n.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry("ListInboundNotifications", PartnerNotices.RecordKind, null), cancellationToken);
        return new Page<NotificationView>([.. items.Select(NotificationView.Of)], await query.CountAsync(cancellationToken));
    }
}
