using Notifications.Api.Commands;
using Notifications.Api.Infrastructure;
using Notifications.Domain.Outbound;

namespace Notifications.Api.Delivery;

/// <summary>
/// What a notice to a host authority says (docs/out-of-area.md §6, §11), as JSON in a webhook's body: which delivery
/// and notice it is (the receiver keeps <see cref="DeliveryId"/> to recognise a repeat), who sends it, the child, the
/// legal status and placement, the end where there is one, what staff added, and where to acknowledge it (§12): the
/// partner API's path for a webhook, the one-use link for an email.
/// </summary>
public sealed record NoticeDocument(
    long DeliveryId, Guid NotificationId, string Notice, string State, NoticeAuthority From, NoticeChild Child, string? LegalStatus, NoticePlacement Placement,
    DateOnly? EndIntendedOn, DateOnly? EndedOn, NoticeContent Content, DateTimeOffset SentAt, string Acknowledge)
{
    public static NoticeDocument Of(DeliveryRow delivery, OutboundNotificationRow n, NoticeAuthority from, DateTimeOffset now, string acknowledge) => new(
        delivery.Id, n.Id, delivery.Notice, n.State, from, new NoticeChild(n.ChildId, n.GivenName, n.FamilyName, n.DateOfBirth), n.LegalStatus,
        new NoticePlacement(n.HostAuthorityCode, n.PlacementType, n.PlacementProvider, n.PlacementPostcode, n.StartsOn, n.IsEmergency, n.ApprovedBy, n.ApproverRole),
        n.EndIntendedOn, n.EndedOn, OutboundPlacements.ReadContent(n.Content), now, acknowledge);
}

/// <summary>The authority a notice comes from.</summary>
public sealed record NoticeAuthority(string Code, string Name);

/// <summary>The child, by our reference for them.</summary>
public sealed record NoticeChild(Guid Reference, string GivenName, string FamilyName, DateOnly DateOfBirth);

/// <summary>The placement in the host's area, and who approved it where an intent was recorded.</summary>
public sealed record NoticePlacement(string HostAuthorityCode, string Type, string? Provider, string? Postcode, DateOnly StartsOn, bool IsEmergency, string? ApprovedBy, string? ApproverRole);
