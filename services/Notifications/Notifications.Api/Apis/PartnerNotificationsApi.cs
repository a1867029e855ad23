using System.Security.Claims;
using CorporateParenting.Audit;
using CorporateParenting.Rules;
using CorporateParenting.ServiceDefaults.Data;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Model;

namespace Notifications.Api.Apis;

/// <summary>
/// Partner authorities notify us of children they place in our area. Every query is scoped to the caller's own
/// authority: another partner's notification does not exist for it (404, so existence is not leaked).
/// </summary>
public static class PartnerNotificationsApi
{
    public static IEndpointRouteBuilder MapPartnerNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/partner/notifications")
            .WithTags("Partner notifications")
            .RequireAuthorization(Policies.Partner)
            .RequireRateLimiting(RateLimits.Partner);
        group.MapPost("/", NotifyAsync).WithName("NotifyPlacement")
            .WithSummary("Notify us that your authority has placed a child in our area.");
        group.MapGet("/", ListAsync).WithName("ListOwnNotifications")
            .WithSummary("The notifications your authority has sent, newest placement first.");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetOwnNotification")
            .WithSummary("One notification your authority sent.");
        group.MapPut("/{id:guid}", AmendAsync).WithName("AmendOwnNotification")
            .WithSummary("Amend the details of a notification your authority sent (same partner reference).");
        return app;
    }

    public static async Task<Created<NotificationView>> NotifyAsync(
        NotificationDetails details, ClaimsPrincipal caller, [AsParameters] NotificationServices services, CancellationToken cancellationToken)
    {
        var valid = details.Validate(services.Today);
        var authority = AuthorityOf(caller);
        if (await services.Db.InboundNotifications.AnyAsync(n => n.PlacingAuthorityCode == authority && n.PartnerReference == valid.PartnerReference, cancellationToken))
        {
            throw DuplicateReference(valid.PartnerReference);
        }

        var now = services.Clock.GetUtcNow();
        var notification = new InboundNotification
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
            ReceivedOn = services.Today,
            IsLate = services.Lateness.IsLate(valid.PlacementStartOn, valid.IsEmergency, services.Today),
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        services.Db.InboundNotifications.Add(notification);
        await SaveAuditedAsync(services, "NotifyPlacement", notification.Id, cancellationToken, valid.PartnerReference);
        return TypedResults.Created($"/api/partner/notifications/{notification.Id}", NotificationView.Of(notification));
    }

    public static async Task<Ok<Page<NotificationView>>> ListAsync(
        ClaimsPrincipal caller, [AsParameters] NotificationServices services, CancellationToken cancellationToken, int page = 1, int pageSize = 50)
    {
        var (skip, take) = Paging.Validate(page, pageSize);
        var own = services.Db.InboundNotifications.AsNoTracking().Where(n => n.PlacingAuthorityCode == AuthorityOf(caller));
        var items = await own.OrderByDescending(n => n.PlacementStartOn).ThenBy(n => n.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        await services.Audit.RecordAsync(new AuditEntry("ListOwnNotifications", NotificationServices.RecordKind, null), cancellationToken);
        return TypedResults.Ok(new Page<NotificationView>([.. items.Select(NotificationView.Of)], await own.CountAsync(cancellationToken)));
    }

    public static async Task<Ok<NotificationView>> GetAsync(
        Guid id, ClaimsPrincipal caller, [AsParameters] NotificationServices services, CancellationToken cancellationToken)
    {
        var notification = await FindOwnAsync(id, caller, services, cancellationToken, tracking: false);
        await services.Audit.RecordAsync(new AuditEntry("GetOwnNotification", NotificationServices.RecordKind, null, id.ToString()), cancellationToken);
        return TypedResults.Ok(NotificationView.Of(notification));
    }

    public static async Task<Ok<NotificationView>> AmendAsync(
        Guid id, NotificationDetails details, ClaimsPrincipal caller, [AsParameters] NotificationServices services, CancellationToken cancellationToken)
    {
        var valid = details.Validate(services.Today);
        var notification = await FindOwnAsync(id, caller, services, cancellationToken, tracking: true);
        if (valid.PartnerReference != notification.PartnerReference)
        {
            throw new RuleViolation(
                $"partnerReference cannot change (it is '{notification.PartnerReference}'); notify a new placement for another child.");
        }

        notification.GivenName = valid.GivenName;
        notification.FamilyName = valid.FamilyName;
        notification.DateOfBirth = valid.DateOfBirth;
        notification.Sex = valid.Sex;
        notification.LegalStatus = valid.LegalStatus;
        notification.PlacementType = valid.PlacementType;
        notification.PlacementPostcode = valid.PlacementPostcode;
        notification.PlacementStartOn = valid.PlacementStartOn;
        notification.IsEmergency = valid.IsEmergency;
        notification.IsLate = services.Lateness.IsLate(valid.PlacementStartOn, valid.IsEmergency, notification.ReceivedOn);
        notification.UpdatedAt = services.Clock.GetUtcNow();
        notification.Version++;
        await SaveAuditedAsync(services, "AmendOwnNotification", id, cancellationToken);
        return TypedResults.Ok(NotificationView.Of(notification));
    }

    private static string AuthorityOf(ClaimsPrincipal caller) =>
        caller.FindFirstValue(PlatformClaims.Authority) ?? throw new InvalidOperationException("The partner policy admits only callers with an authority.");

    private static async Task<InboundNotification> FindOwnAsync(
        Guid id, ClaimsPrincipal caller, NotificationServices services, CancellationToken cancellationToken, bool tracking)
    {
        var query = tracking ? services.Db.InboundNotifications : services.Db.InboundNotifications.AsNoTracking();
        return await query.SingleOrDefaultAsync(n => n.Id == id && n.PlacingAuthorityCode == AuthorityOf(caller), cancellationToken)
            ?? throw new NotFoundException("Notification", id);
    }

    /// <summary>The change and its audit row commit together, or neither does.</summary>
    private static async Task SaveAuditedAsync(
        NotificationServices services, string action, Guid id, CancellationToken cancellationToken, string? partnerReference = null)
    {
        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await services.Audit.RecordAsync(new AuditEntry(action, NotificationServices.RecordKind, null, id.ToString()), cancellationToken);
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException($"Notification {id} was amended by another request meanwhile; fetch it again and reapply your change.");
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation() && partnerReference is not null)
        {
            throw DuplicateReference(partnerReference);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static ConflictException DuplicateReference(string partnerReference) =>
        new($"Your authority has already notified us of partnerReference '{partnerReference}'; amend that notification instead.");
}
