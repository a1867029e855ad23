using System.Security.Claims;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Domain;
using Notifications.Domain.Outbound;

namespace Notifications.Api.Commands;

/// <summary>
/// POST /api/notifications/outbound/{id}/notices/{notice}/send: the platform delivers the placement or end notice to
/// the host by the directory's channel (docs/out-of-area.md §11). Refused (422) while a reg 13(4) item is missing, for
/// an end not yet intended or happened, and for a host not in the directory; one delivery of a notice on its way at a
/// time (409). The sweep sends it by the channel the directory names when it tries: a signed webhook or an email.
/// </summary>
public sealed class SendNoticeHandler(NotificationsDbContext db, OutboundNotices notices, TimeProvider clock)
{
    public async Task<DeliveryRow> HandleAsync(Guid id, string notice, ClaimsPrincipal caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.OneOf("notice", notice, ChangeOutboundNotificationHandler.Notices);
        errors.ThrowIfAny();

        DeliveryRow? delivery = null;
        await notices.ChangeAsync(id, "SendOutboundNotice", async row =>
        {
            if (OutboundPlacements.StateOf(row).ProblemWithSending(notice, OutboundPlacements.ReadContent(row.Content)) is { } problem)
            {
                throw new NotificationRuleViolation(problem);
            }
            var partner = await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.AuthorityCode == row.HostAuthorityCode, ct)
                ?? throw new NotificationRuleViolation($"{row.HostAuthorityCode} is not in the partner directory: add it, with its channel, first.");
            if (await db.Set<DeliveryRow>().AnyAsync(d => d.NotificationId == id && d.Notice == notice && d.State == DeliveryRow.Pending, ct))
            {
                throw new ConflictException($"The {notice} notice is already on its way.");
            }
            var now = clock.GetUtcNow();
            delivery = new DeliveryRow
            {
                NotificationId = id, Notice = notice, Channel = partner.Channel, State = DeliveryRow.Pending, NextAttemptAt = now,
                RequestedBy = PlatformClaims.SubjectOf(caller), CreatedAt = now,
            };
            db.Add(delivery);
        }, ct);
        return delivery!;
    }
}
