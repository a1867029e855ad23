using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.Messaging.Outbox;
using Notifications.Domain;
using CorporateParenting.ServiceDefaults.Validation;
using Notifications.Api.Infrastructure;
using Notifications.Api.Queries;

namespace Notifications.Api.Commands;

/// <summary>POST /api/partner/notifications/{id}/end: the day the placement ended (from its start, not after today).</summary>
public sealed record EndNoticeRequest(string? EndedOn);

/// <summary>POST /api/partner/notifications/{id}/withdraw: why a placement that has not started will not happen.</summary>
public sealed record WithdrawNoticeRequest(string? Reason);

/// <summary>
/// The end of a partner's placement here (docs/out-of-area.md §7): ended on a day, or withdrawn before it started; our
/// teams are told at once (<c>OutOfAreaChildDeparted</c>, through the outbox with the change and its audit row).
/// </summary>
public sealed class EndOwnNotificationHandler(NotificationsDbContext db, PartnerNotices notices, TimeProvider clock)
{
    public async Task<NotificationView> EndAsync(Guid id, EndNoticeRequest request, ClaimsPrincipal caller, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        var endedOn = errors.RequiredDate("endedOn", request.EndedOn, DateKind.Event, today);
        errors.NotAfterToday("endedOn", endedOn, today, "tell us of an end once it has happened.");
        errors.ThrowIfAny();

        var notification = await notices.FindOwnAsync(id, PartnerNotices.AuthorityOf(caller), tracking: true, ct);
        if (notification.State != InboundNotificationRow.Placed)
        {
            throw new NotificationRuleViolation($"This notice is {notification.State} already.");
        }
        if (endedOn < notification.PlacementStartOn)
        {
            throw new NotificationRuleViolation($"endedOn ({endedOn:yyyy-MM-dd}) is before the placement started ({notification.PlacementStartOn:yyyy-MM-dd}); withdraw a placement that never started.");
        }
        (notification.State, notification.EndedOn) = (InboundNotificationRow.Ended, endedOn);
        return await SaveAsync("EndOwnNotification", notification, endedOn, ct);
    }

    public async Task<NotificationView> WithdrawAsync(Guid id, WithdrawNoticeRequest request, ClaimsPrincipal caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var reason = errors.Required("reason", request.Reason, maxLength: 500, TextKind.Paragraphs);
        errors.ThrowIfAny();

        var today = clock.Today();
        var notification = await notices.FindOwnAsync(id, PartnerNotices.AuthorityOf(caller), tracking: true, ct);
        if (notification.State != InboundNotificationRow.Placed || notification.PlacementStartOn <= today)
        {
            throw new NotificationRuleViolation(notification.State != InboundNotificationRow.Placed
                ? $"This notice is {notification.State} already."
                : $"The placement started on {notification.PlacementStartOn:yyyy-MM-dd}: tell us when it ended instead.");
        }
        (notification.State, notification.WithdrawnBecause) = (InboundNotificationRow.Withdrawn, reason);
        return await SaveAsync("WithdrawOwnNotification", notification, today, ct);
    }

    private async Task<NotificationView> SaveAsync(string action, InboundNotificationRow notification, DateOnly endedOn, CancellationToken ct)
    {
        notification.UpdatedAt = clock.GetUtcNow();
        notification.Version++;
        db.AddIntegrationEvent(PartnerNotices.Departed(notification, endedOn, notification.UpdatedAt));
        await notices.SaveAsync(action, notification, ct);
        return NotificationView.Of(notification);
    }
}
