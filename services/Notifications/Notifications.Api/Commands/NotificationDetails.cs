using CorporateParenting.CodeLists;
using CorporateParenting.ServiceDefaults.Validation;

namespace Notifications.Api.Commands;

/// <summary>What a partner sends when it notifies us of a placement, or amends that notice.</summary>
public sealed record NotificationDetails(
    string? PartnerReference,
    string? GivenName,
    string? FamilyName,
    string? DateOfBirth,
    string? Sex,
    string? LegalStatus,
    string? PlacementType,
    string? PlacementPostcode,
    string? PlacementStartOn,
    bool? IsEmergency,
    string? LastHealthAssessmentOn = null,
    bool? ReviewHealthAssessmentsRequested = null)
{
    /// <summary>Every field checked at once; a 400 names each one that is wrong.</summary>
    public ValidNotificationDetails Validate(DateOnly today)
    {
        var errors = new FieldErrors();
        var details = new ValidNotificationDetails(
            errors.Required("partnerReference", PartnerReference, maxLength: 50, TextKind.Reference),
            errors.Required("givenName", GivenName, maxLength: 100, TextKind.PersonName),
            errors.Required("familyName", FamilyName, maxLength: 100, TextKind.PersonName),
            errors.RequiredDate("dateOfBirth", DateOfBirth, DateKind.Birth, today),
            errors.OneOf("sex", Sex, [.. Ssda903Codes.Sex]),
            errors.OneOf("legalStatus", LegalStatus, [.. Ssda903Codes.LegalStatus]),
            errors.OneOf("placementType", PlacementType, [.. Ssda903Codes.PlacementType]),
            errors.Required("placementPostcode", PlacementPostcode, maxLength: 8),
            errors.RequiredDate("placementStartOn", PlacementStartOn, DateKind.Event, today),
            IsEmergency ?? false,
            errors.OptionalDate("lastHealthAssessmentOn", LastHealthAssessmentOn, DateKind.Event, today),
            ReviewHealthAssessmentsRequested ?? false);
        errors.NotAfterToday("lastHealthAssessmentOn", details.LastHealthAssessmentOn, today, "give the last assessment held.");
        if (details.PlacementPostcode.Length > 0 && !UkPostcode.IsValid(details.PlacementPostcode))
        {
            errors.Add("placementPostcode", "must be a UK postcode such as DE1 2AA.");
        }
        if (IsEmergency is null)
        {
            // Lateness depends on it (convention 9), so it is never assumed.
            errors.Add("isEmergency", "is required: true if the placement was made in an emergency, otherwise false.");
        }
        if (details.PlacementStartOn < details.DateOfBirth)
        {
            errors.Add("placementStartOn", "cannot be before the child's date of birth.");
        }
        errors.ThrowIfAny();
        return details with { PlacementPostcode = UkPostcode.Normalise(details.PlacementPostcode) };
    }
}

public sealed record ValidNotificationDetails(
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
    DateOnly? LastHealthAssessmentOn,
    bool ReviewHealthAssessmentsRequested);
