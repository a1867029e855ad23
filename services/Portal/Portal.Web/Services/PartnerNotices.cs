namespace Portal.Web.Services;

/// <summary>
/// A partner authority's notice of a child it placed in our area, as the notifications service gives it
/// (<c>/api/partner/notifications</c>, only the caller's own authority's; <c>/api/notifications/inbound</c>, every one).
/// </summary>
public sealed record PartnerNotice(
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
    DateOnly? LastHealthAssessmentOn,
    bool ReviewHealthAssessmentsRequested,
    string State,
    DateOnly? EndedOn,
    string? WithdrawnBecause)
{
    public const string Placed = "placed";

    /// <summary>A partner's own notices; <c>{id}</c>, <c>{id}/end</c> and <c>{id}/withdraw</c> below it.</summary>
    public const string PartnerRoute = "/api/partner/notifications";

    /// <summary>Every partner's notices, for our notifications team.</summary>
    public const string InboundRoute = "/api/notifications/inbound";

    public string Child => $"{GivenName} {FamilyName}";
}

/// <summary>
/// What a partner sends to notify a placement or change its notice (the service's <c>NotificationDetails</c>): dates as
/// yyyy-MM-dd, codes as SSDA903 publishes them.
/// </summary>
public sealed record PartnerNoticeDetails(
    string PartnerReference,
    string GivenName,
    string FamilyName,
    string DateOfBirth,
    string Sex,
    string LegalStatus,
    string PlacementType,
    string PlacementPostcode,
    string PlacementStartOn,
    bool IsEmergency,
    string? LastHealthAssessmentOn,
    bool ReviewHealthAssessmentsRequested);
