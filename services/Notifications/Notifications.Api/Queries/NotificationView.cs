using Notifications.Api.Infrastructure;

namespace Notifications.Api.Queries;

/// <summary>
/// Our receipt for a partner's notice (docs/out-of-area.md §12.1), in the answer to the request that sent it, the channel
/// the partner used: our reference, theirs, what we now hold it as, when we took it, and whether it was late.
/// </summary>
public sealed record NoticeReceipt(Guid OurReference, string TheirReference, string State, DateTimeOffset ReceivedAt, bool IsLate);

/// <summary>A notice as partners and our notifications team see it, with our receipt for its latest change.</summary>
public sealed record NotificationView(
    Guid Id,
    string PlacingAuthorityCode,
    string PartnerReference,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    string Sex,
    string LegalStatus,
    string PlacementType,
    string PlacementPostcode,
    DateOnly PlacementStartOn,
    bool IsEmergency,
    DateOnly ReceivedOn,
    bool IsLate,
    int Version,
    DateOnly? LastHealthAssessmentOn,
    bool ReviewHealthAssessmentsRequested,
    string State,
    DateOnly? EndedOn,
    string? WithdrawnBecause,
    NoticeReceipt Receipt)
{
    public static NotificationView Of(InboundNotificationRow n) => new(
        n.Id, n.PlacingAuthorityCode, n.PartnerReference, n.GivenName, n.FamilyName, n.DateOfBirth, n.Sex, n.LegalStatus,
        n.PlacementType, n.PlacementPostcode, n.PlacementStartOn, n.IsEmergency, n.ReceivedOn, n.IsLate, n.Version,
        n.LastHealthAssessmentOn, n.ReviewHealthAssessmentsRequested, n.State, n.EndedOn, n.WithdrawnBecause,
        new NoticeReceipt(n.Id, n.PartnerReference, n.State, n.UpdatedAt, n.IsLate));
}
