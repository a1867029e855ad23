using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Api.Queries;
using Notifications.Domain;

namespace Notifications.Api.Commands;

/// <summary>A validated notice that the caller's authority has placed a child in our area (CPPCR reg 13).</summary>
public sealed record NotifyPlacement(string PlacingAuthorityCode, ValidNotificationDetails Details)
{
    /// <summary>The endpoint's name and the action in the audit trail.</summary>
    public const string Name = "NotifyPlacement";

    public static NotifyPlacement Validate(NotificationDetails details, ClaimsPrincipal caller, DateOnly today)
    {
        var valid = details.Validate(today);
        return new NotifyPlacement(PartnerNotices.AuthorityOf(caller), valid);
    }
}

/// <summary>
/// Stores a partner's first notice of a placement, late or on time by convention 9 on the day it reached us, and tells
/// our teams at once (<c>OutOfAreaChildArrived</c>, through the outbox in the same transaction).
/// </summary>
public sealed class NotifyPlacementHandler(NotificationsDbContext db, PartnerNotices notices, NotificationLateness lateness, TimeProvider clock)
{
    public async Task<NotificationView> HandleAsync(NotificationDetails details, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var (authority, valid) = NotifyPlacement.Validate(details, caller, today);
        if (await db.InboundNotifications.AnyAsync(n => n.PlacingAuthorityCode == authority && n.PartnerReference == valid.PartnerReference, cancellationToken))
        {
            throw PartnerNotices.DuplicateReference(valid.PartnerReference);
        }

        var isLate = lateness.IsLate(valid.PlacementStartOn, valid.IsEmergency, receivedOn: today);

        var now = clock.GetUtcNow();
        var notification = new InboundNotificationRow
        {
            Id = Guid.CreateVersion7(),
            PlacingAuthorityCode = authority,
            PartnerReference = valid.PartnerReference,
            GivenName = valid.GivenName,
            FamilyName = valid.FamilyName,
            DateOfBirth = valid.DateOfBirth,
            Sex = valid.Sex,
            LegalStatus = valid.LegalStatus,
            PlacementType = valid.PlacementType,
            PlacementPostcode = valid.PlacementPostcode,
            PlacementStartOn = valid.PlacementStartOn,
            IsEmergency = valid.IsEmergency,
            LastHealthAssessmentOn = valid.LastHealthAssessmentOn,
            ReviewHealthAssessmentsRequested = valid.ReviewHealthAssessmentsRequested,
            ReceivedOn = today,
            IsLate = isLate,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        db.InboundNotifications.Add(notification);
        db.AddIntegrationEvent(PartnerNotices.Arrived(notification, now));
        await notices.SaveAsync(NotifyPlacement.Name, notification, cancellationToken);
        return NotificationView.Of(notification);
    }
}
