using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Notifications.Api.Commands;
using Notifications.Api.Queries;

namespace Notifications.Api.Apis;

/// <summary>
/// Our notices to the authorities we place children with (docs/out-of-area.md §9), for the notifications team: the
/// notifications Placements' events open and end, intents recorded ahead, the content staff add, and the worklist of
/// notices still to send.
/// </summary>
public static class OutboundNotificationsApi
{
    public const string Prefix = "/api/notifications/outbound";

    public static IEndpointRouteBuilder MapOutboundNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("Outbound notifications").RequireAuthorization(Policies.ManageNotifications);
        group.MapGet("/", ListAsync)
            .WithName("ListOutboundNotifications")
            .WithSummary("Our children's placements in other authorities' areas and their notices, newest first: state (intent, placed, ended, withdrawn), hostAuthorityCode (audited)")
            .ProducesValidationProblem();
        group.MapGet("/worklist", WorklistAsync).WithName("ListOutboundWorklist")
            .WithSummary("Notices to host authorities still to send (action send), and sent ones the host has not acknowledged in time (action chase), soonest due first, with what each lacks: overdue (audited)");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetOutboundNotification").WithSummary("One outbound notification (audited)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/intents", RecordIntentAsync).WithName("RecordOutboundIntent")
            .WithSummary("Records a placement approved but not started (reg 11): childId, givenName, familyName, dateOfBirth, hostAuthorityCode, plannedStartOn, placementType, placementPostcode, approvedBy, approverRole (nominated-officer, dcs) (audited)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/withdraw", (Guid id, WithdrawIntentRequest body, ChangeOutboundNotificationHandler change, TimeProvider clock, CancellationToken ct) =>
                Answer(change.WithdrawAsync(id, body, ct), clock))
            .WithName("WithdrawOutboundIntent").WithSummary("Closes an intent that will not become a placement: reason (audited)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/{id:guid}/content", (Guid id, NoticeContentRequest body, ChangeOutboundNotificationHandler change, TimeProvider clock, CancellationToken ct) =>
                Answer(change.SetContentAsync(id, body, ct), clock))
            .WithName("SetOutboundNoticeContent")
            .WithSummary("What the notice carries beyond our records: needsAssessment, reasonsForPlacement, carePlanReference (reg 13(4), required to send), socialWorker, independentReviewingOfficer, school, generalPractitioner, risks (audited)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/{id:guid}/end-intention", (Guid id, EndIntentionRequest body, ChangeOutboundNotificationHandler change, TimeProvider clock, CancellationToken ct) =>
                Answer(change.IntendToEndAsync(id, body, ct), clock))
            .WithName("IntendToEndOutboundPlacement").WithSummary("The day a placement is to end, so its end notice is due by then (reg 14): endsOn (audited)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{id:guid}/notices/{notice}/sent", (Guid id, string notice, NoticeSentRequest body, ChangeOutboundNotificationHandler change, TimeProvider clock, CancellationToken ct) =>
                Answer(change.RecordSentAsync(id, notice, body, ct), clock))
            .WithName("RecordOutboundNoticeSent")
            .WithSummary("Records a notice (placement or end) sent by other means on a day: sentOn; a placement notice needs what reg 13(4) requires (audited)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/{id:guid}/other-recipients/{recipient}", (Guid id, string recipient, OtherRecipientRequest body, RecordOtherRecipientHandler record,
                TimeProvider clock, CancellationToken ct) => Answer(record.HandleAsync(id, recipient, body, ct), clock))
            .WithName("RecordOtherRecipient")
            .WithSummary("The reg 13 checklist: notice given to a recipient besides the host (child, parents, contact, previous-carer, icb, gp, education, iro) on notifiedOn, or leftOutBecause where reg 13 allows (audited)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{id:guid}/notices/{notice}/acknowledgement", (Guid id, string notice, RecordAcknowledgementRequest body, ClaimsPrincipal user,
                NoticeAcknowledgements acknowledgements, TimeProvider clock, CancellationToken ct) => Answer(acknowledgements.ByStaffAsync(id, notice, body, user, ct), clock))
            .WithName("RecordOutboundNoticeAcknowledgement")
            .WithSummary("Records the host's acknowledgement of a sent notice (placement or end) that came another way: acknowledgedOn, acknowledgedBy; the first acknowledgement stands (audited)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{id:guid}/notices/{notice}/send", SendAsync).WithName("SendOutboundNotice")
            .WithSummary("Sends the placement or end notice to the host by the partner directory's channel; a reg 13(4) item missing, an end not recorded or a host not in the directory is a 422 (audited)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/deliveries", async (DeliveriesHandler deliveries, CancellationToken ct, string? state = null, int page = 1, int pageSize = 50) =>
                TypedResults.Ok(await deliveries.ListAsync(state, page, pageSize, ct)))
            .WithName("ListDeliveries").WithSummary("Notices on their way, delivered or dead (the dead letters): state (pending, delivered, dead)")
            .ProducesValidationProblem();
        group.MapGet("/deliveries/{deliveryId:long}", async (long deliveryId, DeliveriesHandler deliveries, CancellationToken ct) =>
                TypedResults.Ok(await deliveries.GetAsync(deliveryId, ct)))
            .WithName("GetDelivery").WithSummary("One delivery with every attempt").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/deliveries/{deliveryId:long}/resend", async (long deliveryId, DeliveriesHandler deliveries, CancellationToken ct) =>
                TypedResults.Ok(await deliveries.ResendAsync(deliveryId, ct)))
            .WithName("ResendDelivery").WithSummary("Sends a dead delivery again from now")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static async Task<Accepted<DeliveryView>> SendAsync(Guid id, string notice, SendNoticeHandler send, ClaimsPrincipal user, CancellationToken ct)
    {
        var delivery = await send.HandleAsync(id, notice, user, ct);
        return TypedResults.Accepted($"{Prefix}/deliveries/{delivery.Id}", DeliveryView.Of(delivery));
    }

    private static async Task<Ok<OutboundNotificationView>> Answer(Task<Infrastructure.OutboundNotificationRow> change, TimeProvider clock) =>
        TypedResults.Ok(OutboundNotificationView.Of(await change, clock.Today()));

    private static async Task<Ok<Page<OutboundNotificationView>>> ListAsync(
        ListOutboundNotificationsHandler list, CancellationToken ct, string? state = null, string? hostAuthorityCode = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await list.ListAsync(state, hostAuthorityCode, page, pageSize, ct));

    private static async Task<Ok<Page<OutboundWorklistItem>>> WorklistAsync(
        ListOutboundNotificationsHandler list, CancellationToken ct, bool overdue = false, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await list.WorklistAsync(overdue, page, pageSize, ct));

    private static async Task<Ok<OutboundNotificationView>> GetAsync(Guid id, ListOutboundNotificationsHandler list, CancellationToken ct) =>
        TypedResults.Ok(await list.GetAsync(id, ct));

    private static async Task<Created<OutboundNotificationView>> RecordIntentAsync(RecordIntentRequest body, RecordIntentHandler record, TimeProvider clock, CancellationToken ct)
    {
        var row = await record.HandleAsync(body, ct);
        return TypedResults.Created($"{Prefix}/{row.Id}", OutboundNotificationView.Of(row, clock.Today()));
    }
}
