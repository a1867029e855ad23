using Notifications.Api.Infrastructure;

namespace Notifications.Api.Queries;

/// <summary>A notice as partners and our notifications team see it.</summary>
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
    string? WithdrawnBecause)
{
    public static NotificationView Of(InboundNotificationRow n) => new(
        n.Id, n.PlacingAuthorityCode, n.PartnerReference, n.GivenName, n.FamilyName, n.DateOfBirth, n.Sex, n.LegalStatus,
        n.PlacementType, n.PlacementPostcode, n.PlacementStartOn, n.IsEmergency, n.ReceivedOn, n.IsLate, n.Version,
        n.LastHealthAssessmentOn, n.ReviewHealthAssessmentsRequested, n.State, n.EndedOn, n.WithdrawnBecause);
}
