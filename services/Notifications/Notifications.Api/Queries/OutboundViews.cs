using Notifications.Api.Commands;
using Notifications.Api.Infrastructure;
using Notifications.Domain.Outbound;

namespace Notifications.Api.Queries;

/// <summary>
/// A notice to the host: due by when, sent when, whether it is overdue today, what it still lacks (reg 13(4) for a
/// placement notice), and the host's acknowledgement of it.
/// </summary>
public sealed record NoticeView(DateOnly DueOn, DateOnly? SentOn, bool IsOverdue, IReadOnlyList<string> Missing, AcknowledgementView? Acknowledged);

/// <summary>When the host acknowledged a notice, who, and how: api, email (the link) or staff (recorded by us).</summary>
public sealed record AcknowledgementView(DateTimeOffset At, string By, string Via)
{
    public static AcknowledgementView? Of(DateTimeOffset? at, string? by, string? via) => at is { } when ? new(when, by ?? "", via ?? "") : null;
}

/// <summary>One line of the reg 13 checklist: who, when they may be left out, and what the social worker recorded.</summary>
public sealed record OtherRecipientView(string Code, string Who, string? MayBeLeftOutWhen, DateOnly? NotifiedOn, string? LeftOutBecause);

/// <summary>
/// An outbound notification: the child, the placement, the state, its notices, what staff added, and the checklist of
/// the other reg 13 recipients.
/// </summary>
public sealed record OutboundNotificationView(
    Guid Id, Guid ChildId, string GivenName, string FamilyName, DateOnly DateOfBirth, string HostAuthorityCode, string PlacementType,
    string? PlacementProvider, string? PlacementPostcode, string? LegalStatus, DateOnly StartsOn, bool IsEmergency, string State,
    string? ApprovedBy, string? ApproverRole, string? WithdrawnBecause, DateOnly? EndIntendedOn, DateOnly? EndedOn,
    NoticeView? PlacementNotice, NoticeView? EndNotice, NoticeContent Content, IReadOnlyList<OtherRecipientView> OtherRecipients, int Version)
{
    public static OutboundNotificationView Of(OutboundNotificationRow row, DateOnly today)
    {
        var content = OutboundPlacements.ReadContent(row.Content);
        var withdrawn = row.State == OutboundPlacements.Code(OutboundState.Withdrawn);
        var endDue = row.EndNoticeDue ?? row.EndIntendedOn;
        return new OutboundNotificationView(
            row.Id, row.ChildId, row.GivenName, row.FamilyName, row.DateOfBirth, row.HostAuthorityCode, row.PlacementType, row.PlacementProvider,
            row.PlacementPostcode, row.LegalStatus, row.StartsOn, row.IsEmergency, row.State, row.ApprovedBy, row.ApproverRole, row.WithdrawnBecause,
            row.EndIntendedOn, row.EndedOn,
            withdrawn ? null : Notice(row.PlacementNoticeDue, row.PlacementNoticeSentOn, today, content.MissingForPlacementNotice(),
                AcknowledgementView.Of(row.PlacementNoticeAcknowledgedAt, row.PlacementNoticeAcknowledgedBy, row.PlacementNoticeAcknowledgedVia)),
            endDue is { } due ? Notice(due, row.EndNoticeSentOn, today, [],
                AcknowledgementView.Of(row.EndNoticeAcknowledgedAt, row.EndNoticeAcknowledgedBy, row.EndNoticeAcknowledgedVia)) : null,
            content, withdrawn ? [] : Checklist(row.OtherRecipients), row.Version);
    }

    private static IReadOnlyList<OtherRecipientView> Checklist(string json)
    {
        var recorded = OutboundPlacements.ReadRecipients(json).ToDictionary(r => r.Code);
        return [.. Notifications.Domain.Outbound.OtherRecipients.All.Select(r => recorded.GetValueOrDefault(r.Code) is { } record
            ? new OtherRecipientView(r.Code, r.Who, r.MayBeLeftOutWhen, record.NotifiedOn, record.LeftOutBecause)
            : new OtherRecipientView(r.Code, r.Who, r.MayBeLeftOutWhen, null, null))];
    }

    private static NoticeView Notice(DateOnly due, DateOnly? sent, DateOnly today, IReadOnlyList<string> missing, AcknowledgementView? acknowledged) =>
        new(due, sent, sent is null && NoticeDeadlines.IsOverdue(due, today), sent is null ? missing : [], acknowledged);
}

/// <summary>
/// A notice to act on: whose, to which host, which notice, and the action — <c>send</c> it (by when, and what it lacks) or
/// <c>chase</c> the host's acknowledgement of it (sent on <see cref="SentOn"/>, unacknowledged since <see cref="DueOn"/>).
/// </summary>
public sealed record OutboundWorklistItem(
    Guid NotificationId, Guid ChildId, string GivenName, string FamilyName, string HostAuthorityCode, string State, string Notice, string Action, DateOnly DueOn,
    bool IsOverdue, IReadOnlyList<string> Missing, DateOnly? SentOn = null)
{
    public const string Send = "send";
    public const string Chase = "chase";
}
