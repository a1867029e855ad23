using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.Messaging.Outbox;
using Notifications.Api.Infrastructure;
using Notifications.Api.Queries;
using Notifications.Domain;

namespace Notifications.Api.Commands;

/// <summary>A validated amendment of a notice the caller's authority sent; the partner reference stays as it was.</summary>
public sealed record AmendNotification(Guid Id, string PlacingAuthorityCode, ValidNotificationDetails Details)
{
    /// <summary>The endpoint's name and the action in the audit trail.</summary>
    public const string Name = "AmendOwnNotification";

    public static AmendNotification Validate(Guid id, NotificationDetails details, ClaimsPrincipal caller, DateOnly today)
    {
        var valid = details.Validate(today);
        return new AmendNotification(id, PartnerNotices.AuthorityOf(caller), valid);
    }
}

/// <summary>
/// Replaces a notice's details and judges its lateness again against the day the first notice reached us; a placement
/// still going is announced again with what changed (<c>OutOfAreaChildArrived</c>). An ended or withdrawn notice is
/// not amended.
/// </summary>
public sealed class AmendNotificationHandler(NotificationsDbContext db, PartnerNotices notices, NotificationLateness lateness, TimeProvider clock)
{
    public async Task<NotificationView> HandleAsync(Guid id, NotificationDetails details, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var (noticeId, authority, valid) = AmendNotification.Validate(id, details, caller, clock.Today());
        var notification = await notices.FindOwnAsync(noticeId, authority, tracking: true, cancellationToken);
        if (notification.State != InboundNotificationRow.Placed)
        {
            throw new NotificationRuleViolation($"This notice is {notification.State}: notify a new placement instead.");
        }
        if (valid.PartnerReference != notification.PartnerReference)
        {
            throw new NotificationRuleViolation(
                $"partnerReference cannot change (it is '{notification.PartnerReference}'); notify a new placement for another child.");
        }

        var isLate = lateness.IsLate(valid.PlacementStartOn, valid.IsEmergency, notification.ReceivedOn);

        notification.GivenName = valid.GivenName;
        notification.FamilyName = valid.FamilyName;
        notification.DateOfBirth = valid.DateOfBirth;
        notification.Sex = valid.Sex;
        notification.LegalStatus = valid.LegalStatus;
        notification.PlacementType = valid.PlacementType;
        notification.PlacementPostcode = valid.PlacementPostcode;
        notification.PlacementStartOn = valid.PlacementStartOn;
        notification.IsEmergency = valid.IsEmergency;
        notification.LastHealthAssessmentOn = valid.LastHealthAssessmentOn;
        notification.ReviewHealthAssessmentsRequested = valid.ReviewHealthAssessmentsRequested;
        notification.IsLate = isLate;
        notification.UpdatedAt = clock.GetUtcNow();
        notification.Version++;
        db.AddIntegrationEvent(PartnerNotices.Arrived(notification, notification.UpdatedAt));
        await notices.SaveAsync(AmendNotification.Name, notification, cancellationToken);
        return NotificationView.Of(notification);
    }
}
