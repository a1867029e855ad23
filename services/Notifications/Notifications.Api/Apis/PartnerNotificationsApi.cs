using System.Security.Claims;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Notifications.Api.Commands;
using Notifications.Api.Queries;

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
        group.MapPost("/", NotifyAsync).WithName(NotifyPlacement.Name)
            .WithSummary("Notify us that your authority has placed a child in our area.");
        group.MapGet("/", ListAsync).WithName("ListOwnNotifications")
            .WithSummary("The notifications your authority has sent, newest placement first.");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetOwnNotification")
            .WithSummary("One notification your authority sent.");
        group.MapPut("/{id:guid}", AmendAsync).WithName(AmendNotification.Name)
            .WithSummary("Amend the details of a notification your authority sent (same partner reference); we pass the change on to our teams.");
        group.MapPost("/{id:guid}/end", (Guid id, EndNoticeRequest body, ClaimsPrincipal caller, EndOwnNotificationHandler end, CancellationToken ct) =>
                Answer(end.EndAsync(id, body, caller, ct)))
            .WithName("EndOwnNotification").WithSummary("Tell us the placement ended: endedOn (from its start, not after today).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{id:guid}/withdraw", (Guid id, WithdrawNoticeRequest body, ClaimsPrincipal caller, EndOwnNotificationHandler end, CancellationToken ct) =>
                Answer(end.WithdrawAsync(id, body, caller, ct)))
            .WithName("WithdrawOwnNotification").WithSummary("Withdraw a placement that has not started: reason.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static async Task<Created<NotificationView>> NotifyAsync(
        NotificationDetails details, ClaimsPrincipal caller, NotifyPlacementHandler notify, CancellationToken cancellationToken)
    {
        var notification = await notify.HandleAsync(details, caller, cancellationToken);
        return TypedResults.Created($"/api/partner/notifications/{notification.Id}", notification);
    }

    private static async Task<Ok<NotificationView>> Answer(Task<NotificationView> change) => TypedResults.Ok(await change);

    private static async Task<Ok<Page<NotificationView>>> ListAsync(
        ClaimsPrincipal caller, ListOwnNotificationsHandler list, CancellationToken cancellationToken, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await list.HandleAsync(caller, page, pageSize, cancellationToken));

    private static async Task<Ok<NotificationView>> GetAsync(
        Guid id, ClaimsPrincipal caller, GetOwnNotificationHandler get, CancellationToken cancellationToken) =>
        TypedResults.Ok(await get.HandleAsync(id, caller, cancellationToken));

    private static async Task<Ok<NotificationView>> AmendAsync(
        Guid id, NotificationDetails details, ClaimsPrincipal caller, AmendNotificationHandler amend, CancellationToken cancellationToken) =>
        TypedResults.Ok(await amend.HandleAsync(id, details, caller, cancellationToken));
}
