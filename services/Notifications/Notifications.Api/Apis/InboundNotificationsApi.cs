using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Notifications.Api.Apis;

/// <summary>Our notifications team's view of every child other authorities have placed in our area.</summary>
public static class InboundNotificationsApi
{
    public static IEndpointRouteBuilder MapInboundNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications/inbound")
            .WithTags("Inbound notifications")
            .RequireAuthorization(Policies.ManageNotifications);
        group.MapGet("/", ListAsync).WithName("ListInboundNotifications")
            .WithSummary("Children placed in our area by other authorities, newest placement first; optionally one authority's.");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetInboundNotification")
            .WithSummary("One inbound notification.");
        return app;
    }

    public static async Task<Ok<Page<NotificationView>>> ListAsync(
        [AsParameters] NotificationServices services, CancellationToken cancellationToken, string? placingAuthorityCode = null, int page = 1, int pageSize = 50)
    {
        var (skip, take) = Paging.Validate(page, pageSize);
        var query = services.Db.InboundNotifications.AsNoTracking();
        if (placingAuthorityCode is not null)
        {
            query = query.Where(n => n.PlacingAuthorityCode == placingAuthorityCode);
        }
        var items = await query.OrderByDescending(n => n.PlacementStartOn).ThenBy(n => n.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        await services.Audit.RecordAsync(new AuditEntry("ListInboundNotifications", NotificationServices.RecordKind, null), cancellationToken);
        return TypedResults.Ok(new Page<NotificationView>([.. items.Select(NotificationView.Of)], await query.CountAsync(cancellationToken)));
    }

    public static async Task<Ok<NotificationView>> GetAsync(Guid id, [AsParameters] NotificationServices services, CancellationToken cancellationToken)
    {
        var notification = await services.Db.InboundNotifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken)
            ?? throw new NotFoundException("Notification", id);
        await services.Audit.RecordAsync(new AuditEntry("GetInboundNotification", NotificationServices.RecordKind, null, id.ToString()), cancellationToken);
        return TypedResults.Ok(NotificationView.Of(notification));
    }
}
