using Notifications.Api.Commands;
using Notifications.Api.Infrastructure;
using Notifications.Domain.Outbound;

namespace Notifications.Api.Queries;

/// <summary>A notice to the host: due by when, sent when, whether it is overdue today, and what it still lacks (reg 13(4) for a placement notice).</summary>
public sealed record NoticeView(DateOnly DueOn, DateOnly? SentOn, bool IsOverdue, IReadOnlyList<string> Missing);

/// <summary>An outbound notification: the child, the placement, the state, its notices and what staff added.</summary>
public sealed record OutboundNotificationView(
    Guid Id, Guid ChildId, string GivenName, string FamilyName, DateOnly DateOfBirth, string HostAuthorityCode, string PlacementType,
    string? PlacementProvider, string? PlacementPostcode, string? LegalStatus, DateOnly StartsOn, bool IsEmergency, string State,
    string? ApprovedBy, string? ApproverRole, string? WithdrawnBecause, DateOnly? EndIntendedOn, DateOnly? EndedOn,
    NoticeView? PlacementNotice, NoticeView? EndNotice, NoticeContent Content, int Version)
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
            withdrawn ? null : Notice(row.PlacementNoticeDue, row.PlacementNoticeSentOn, today, content.MissingForPlacementNotice()),
            endDue is { } due ? Notice(due, row.EndNoticeSentOn, today, []) : null,
            content, row.Version);
    }

    private static NoticeView Notice(DateOnly due, DateOnly? sent, DateOnly today, IReadOnlyList<string> missing) =>
        new(due, sent, sent is null && NoticeDeadlines.IsOverdue(due, today), sent is null ? missing : []);
}

/// <summary>A notice still to send: whose, to which host, which notice, by when, and what it lacks.</summary>
public sealed record OutboundWorklistItem(
    Guid NotificationId, Guid ChildId, string GivenName, string FamilyName, string HostAuthorityCode, string State, string Notice, DateOnly DueOn,
    bool IsOverdue, IReadOnlyList<string> Missing);
