using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Validation;
using Notifications.Api.Infrastructure;
using Notifications.Domain;
using Notifications.Domain.Outbound;

namespace Notifications.Api.Commands;

/// <summary>PUT …/outbound/{id}/content: what staff add to a notice (docs/out-of-area.md §6); blank clears an item.</summary>
public sealed record NoticeContentRequest(
    string? NeedsAssessment, string? ReasonsForPlacement, string? CarePlanReference, string? SocialWorker, string? IndependentReviewingOfficer,
    string? School, string? GeneralPractitioner, string? Risks);

/// <summary>POST …/outbound/{id}/withdraw: why an intent will not become a placement.</summary>
public sealed record WithdrawIntentRequest(string? Reason);

/// <summary>PUT …/outbound/{id}/end-intention: the day the placement is to end (today or later).</summary>
public sealed record EndIntentionRequest(string? EndsOn);

/// <summary>POST …/outbound/{id}/notices/{notice}/sent: a notice sent outside the platform (placement or end), on a day not after today.</summary>
public sealed record NoticeSentRequest(string? SentOn);

/// <summary>
/// What staff do to an outbound notification (docs/out-of-area.md §9): set the notice's content, withdraw an intent,
/// record an intention to end, and record a notice sent by other means. A step the lifecycle does not allow is a 422
/// naming why.
/// </summary>
public sealed class ChangeOutboundNotificationHandler(OutboundNotices notices, OutboundPlacements outbound, TimeProvider clock)
{
    public static readonly string[] Notices = ["placement", "end"];

    public Task<OutboundNotificationRow> SetContentAsync(Guid id, NoticeContentRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var content = new NoticeContent(
            errors.Optional("needsAssessment", request.NeedsAssessment, maxLength: 4000, TextKind.Paragraphs),
            errors.Optional("reasonsForPlacement", request.ReasonsForPlacement, maxLength: 4000, TextKind.Paragraphs),
            errors.Optional("carePlanReference", request.CarePlanReference, maxLength: 200),
            errors.Optional("socialWorker", request.SocialWorker, maxLength: 500, TextKind.Paragraphs),
            errors.Optional("independentReviewingOfficer", request.IndependentReviewingOfficer, maxLength: 500, TextKind.Paragraphs),
            errors.Optional("school", request.School, maxLength: 500, TextKind.Paragraphs),
            errors.Optional("generalPractitioner", request.GeneralPractitioner, maxLength: 500, TextKind.Paragraphs),
            errors.Optional("risks", request.Risks, maxLength: 4000, TextKind.Paragraphs));
        errors.ThrowIfAny();
        return notices.ChangeAsync(id, "SetOutboundNoticeContent", row =>
        {
            if (row.State == OutboundPlacements.Code(OutboundState.Withdrawn))
            {
                throw new NotificationRuleViolation("A withdrawn intent's notice is not sent: its content cannot change.");
            }
            row.Content = OutboundPlacements.WriteContent(content);
        }, ct);
    }

    public Task<OutboundNotificationRow> WithdrawAsync(Guid id, WithdrawIntentRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var reason = errors.Required("reason", request.Reason, maxLength: 500, TextKind.Paragraphs);
        errors.ThrowIfAny();
        return notices.ChangeAsync(id, "WithdrawOutboundIntent", row =>
        {
            var state = OutboundPlacements.StateOf(row);
            if (state.ProblemWithWithdrawing() is { } problem)
            {
                throw new NotificationRuleViolation(problem);
            }
            outbound.Apply(row, state.Withdraw());
            row.WithdrawnBecause = reason;
        }, ct);
    }

    public Task<OutboundNotificationRow> IntendToEndAsync(Guid id, EndIntentionRequest request, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        var endsOn = errors.RequiredDate("endsOn", request.EndsOn, DateKind.Event, today);
        errors.ThrowIfAny();
        return notices.ChangeAsync(id, "IntendToEndOutboundPlacement", row =>
        {
            var state = OutboundPlacements.StateOf(row);
            if (state.ProblemWithIntendingToEnd(endsOn, today) is { } problem)
            {
                throw new NotificationRuleViolation(problem);
            }
            outbound.Apply(row, state with { EndIntendedOn = endsOn });
        }, ct);
    }

    public Task<OutboundNotificationRow> RecordSentAsync(Guid id, string notice, NoticeSentRequest request, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        errors.OneOf("notice", notice, Notices);
        var sentOn = errors.RequiredDate("sentOn", request.SentOn, DateKind.Event, today);
        errors.NotAfterToday("sentOn", sentOn, today, "record a notice once it has been sent.");
        errors.ThrowIfAny();
        return notices.ChangeAsync(id, "RecordOutboundNoticeSent", row =>
        {
            if (OutboundPlacements.StateOf(row).ProblemWithSending(notice, OutboundPlacements.ReadContent(row.Content)) is { } problem)
            {
                throw new NotificationRuleViolation(problem);
            }
            if (notice == "end")
            {
                row.EndNoticeSentOn = sentOn;
            }
            else
            {
                row.PlacementNoticeSentOn = sentOn;
            }
        }, ct);
    }
}
