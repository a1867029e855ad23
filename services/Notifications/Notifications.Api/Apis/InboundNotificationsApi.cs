using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Notifications.Api.Queries;

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

    private static async Task<Ok<Page<NotificationView>>> ListAsync(
        ListInboundNotificationsHandler list, CancellationToken cancellationToken, string? placingAuthorityCode = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await list.HandleAsync(placingAuthorityCode, page, pageSize, cancellationToken));

    private static async Task<Ok<NotificationView>> GetAsync(Guid id, GetInboundNotificationHandler get, CancellationToken cancellationToken) =>
        TypedResults.Ok(await get.HandleAsync(id, cancellationToken));
}
