using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Validation;
using Notifications.Api.Infrastructure;
using Notifications.Domain;
using Notifications.Domain.Outbound;

namespace Notifications.Api.Commands;

/// <summary>PUT …/{id}/other-recipients/{recipient}: the day notice went to them, or why reg 13 allowed leaving them out.</summary>
public sealed record OtherRecipientRequest(string? NotifiedOn, string? LeftOutBecause);

/// <summary>
/// The social worker's checklist of the reg 13 recipients besides the host (docs/out-of-area.md §13): one entry per
/// recipient, replaced when recorded again; not for a withdrawn intent, which placed no one.
/// </summary>
public sealed class RecordOtherRecipientHandler(OutboundNotices notices, TimeProvider clock)
{
    public Task<OutboundNotificationRow> HandleAsync(Guid id, string recipient, OtherRecipientRequest request, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        var code = errors.OneOf("recipient", recipient, OtherRecipients.Codes);
        var notifiedOn = errors.OptionalDate("notifiedOn", request.NotifiedOn, DateKind.Event, today);
        var because = errors.Optional("leftOutBecause", request.LeftOutBecause, maxLength: 500);
        errors.ThrowIfAny();
        if (OtherRecipients.Check(code, notifiedOn, because, today) is { } wrong)
        {
            errors.Add(because is not null && notifiedOn is null ? "leftOutBecause" : "notifiedOn", wrong);
            errors.ThrowIfAny();
        }
        return notices.ChangeAsync(id, "RecordOtherRecipient", row =>
        {
            if (row.State == OutboundPlacements.Code(OutboundState.Withdrawn))
            {
                throw new NotificationRuleViolation("A withdrawn intent placed no one: there is no one to tell.");
            }
            var records = OutboundPlacements.ReadRecipients(row.OtherRecipients).Where(r => r.Code != code).Append(new RecipientRecord(code, notifiedOn, because))
                .ToDictionary(r => r.Code);
            row.OtherRecipients = OutboundPlacements.WriteRecipients(OtherRecipients.Codes.Where(records.ContainsKey).Select(c => records[c])); // in reg 13's order
        }, ct);
    }
}
