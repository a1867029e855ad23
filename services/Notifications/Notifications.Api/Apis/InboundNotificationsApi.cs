using System.Security.Claims;
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
        app.MapGet("/api/notifications/figures", async (PartnerFiguresHandler figures, ClaimsPrincipal user, CancellationToken ct, string? from = null, string? to = null) =>
                TypedResults.Ok(await figures.HandleAsync(from, to, suppress: !user.IsInRole(Roles.Notifications), ct)))
            .RequireAuthorization(Policies.ReadAggregates).WithTags("Inbound notifications").WithName("GetNotificationFigures")
            .WithSummary("Per partner authority, for the Board: placement notices received and late (convention 9), owed by us and late, ours unacknowledged; from, to (default the last 12 months); counts under 10 shown as \"c\" to all but the notifications team")
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<Ok<Page<NotificationView>>> ListAsync(
        ListInboundNotificationsHandler list, CancellationToken cancellationToken, string? placingAuthorityCode = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await list.HandleAsync(placingAuthorityCode, page, pageSize, cancellationToken));

    private static async Task<Ok<NotificationView>> GetAsync(Guid id, GetInboundNotificationHandler get, CancellationToken cancellationToken) =>
        TypedResults.Ok(await get.HandleAsync(id, cancellationToken));
}
