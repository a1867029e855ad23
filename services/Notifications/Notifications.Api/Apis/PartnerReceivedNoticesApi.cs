using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Notifications.Api.Commands;
using Notifications.Api.Queries;

namespace Notifications.Api.Apis;

/// <summary>
/// The notices we sent to a partner authority about our children placed in its area (docs/out-of-area.md §12): the
/// partner lists them and acknowledges each, signed where it has a secret. Only its own: any other is a 404.
/// </summary>
public static class PartnerReceivedNoticesApi
{
    public const string Prefix = "/api/partner/received-notices";

    public static IEndpointRouteBuilder MapPartnerReceivedNoticesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("Partner notifications").RequireAuthorization(Policies.Partner).RequireRateLimiting(RateLimits.Partner);
        group.MapGet("/", async (ClaimsPrincipal caller, ListOutboundNotificationsHandler list, CancellationToken ct, int page = 1, int pageSize = 50) =>
                TypedResults.Ok(await list.SentToAsync(PartnerNotices.AuthorityOf(caller), page, pageSize, ct)))
            .WithName("ListReceivedNotices").WithSummary("The notices we have sent your authority about children we placed in your area, newest placement first.")
            .ProducesValidationProblem();
        group.MapPost("/{id:guid}/{notice}/acknowledgement", async (Guid id, string notice, AcknowledgeNoticeRequest body, ClaimsPrincipal caller,
                NoticeAcknowledgements acknowledgements, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(OutboundNotificationView.Of(await acknowledgements.ByPartnerAsync(id, notice, body, caller, ct), clock.Today())))
            .WithName("AcknowledgeReceivedNotice")
            .WithSummary("Acknowledge a notice (placement or end) we sent your authority: acknowledgedBy. The first acknowledgement stands; a repeat changes nothing.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }
}
