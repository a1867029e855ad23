using System.Security.Claims;
using CorporateParenting.Audit;
using CorporateParenting.Contracts.Notifications;
using CorporateParenting.ServiceDefaults.Data;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;

namespace Notifications.Api.Commands;

/// <summary>
/// A partner's own notices: whose they are (the caller's token, never the body), finding one, and saving a change
/// with its audit row. Another partner's notice does not exist for the caller (404, so existence is not leaked).
/// </summary>
public sealed class PartnerNotices(NotificationsDbContext db, IAuditTrail audit)
{
    /// <summary>What the audit trail calls a notice.</summary>
    public const string RecordKind = "partner-notification";

    public static string AuthorityOf(ClaimsPrincipal caller) =>
        caller.FindFirstValue(PlatformClaims.Authority) ?? throw new InvalidOperationException("The partner policy admits only callers with an authority.");

    public async Task<InboundNotificationRow> FindOwnAsync(Guid id, string authority, bool tracking, CancellationToken cancellationToken)
    {
        var query = tracking ? db.InboundNotifications : db.InboundNotifications.AsNoTracking();
        return await query.SingleOrDefaultAsync(n => n.Id == id && n.PlacingAuthorityCode == authority, cancellationToken)
            ?? throw new NotFoundException("Notification", id);
    }

    /// <summary>The change and its audit row commit together, or neither does.</summary>
    public async Task SaveAsync(string action, InboundNotificationRow notification, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await audit.RecordAsync(new AuditEntry(action, RecordKind, null, notification.Id.ToString()), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException($"Notification {notification.Id} was amended by another request meanwhile; fetch it again and reapply your change.");
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Only a new notice can break the unique index: the same reference sent twice at once.
            throw DuplicateReference(notification.PartnerReference);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>What our teams need of a placement here, so no one calls the partner back (Health's placed-here list and reviews).</summary>
    public static OutOfAreaChildArrived Arrived(InboundNotificationRow n, DateTimeOffset now) => new(
        n.Id, n.PlacingAuthorityCode, n.PartnerReference, n.GivenName, n.FamilyName, n.DateOfBirth, n.LegalStatus, n.PlacementType,
        n.PlacementPostcode, n.PlacementStartOn, n.IsEmergency, n.LastHealthAssessmentOn, n.ReviewHealthAssessmentsRequested, now);

    public static OutOfAreaChildDeparted Departed(InboundNotificationRow n, DateOnly endedOn, DateTimeOffset now) =>
        new(n.Id, n.PlacingAuthorityCode, n.PartnerReference, endedOn, now);

    public static ConflictException DuplicateReference(string partnerReference) =>
        new($"Your authority has already notified us of partnerReference '{partnerReference}'; amend that notification instead.");
}
