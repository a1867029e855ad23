using System.Security.Claims;
using CorporateParenting.Audit;
using Notifications.Api.Commands;

namespace Notifications.Api.Queries;

/// <summary>One notice the caller's authority sent; another's is not found. Every read is audited.</summary>
public sealed class GetOwnNotificationHandler(PartnerNotices notices, IAuditTrail audit)
{
    public async Task<NotificationView> HandleAsync(Guid id, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var notification = await notices.FindOwnAsync(id, PartnerNotices.AuthorityOf(caller), tracking: false, cancellationToken);
        await audit.RecordAsync(new AuditEntry("GetOwnNotification", PartnerNotices.RecordKind, null, id.ToString()), cancellationToken);
        return NotificationView.Of(notification);
    }
}
