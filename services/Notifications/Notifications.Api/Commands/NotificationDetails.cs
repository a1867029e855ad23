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
    bool IsEmergency)
{
    /// <summary>Every field checked at once; a 400 names each one that is wrong.</summary>
    public ValidNotificationDetails Validate(DateOnly today)
    {
        var errors = new FieldErrors();
        var details = new ValidNotificationDetails(
            errors.Required("partnerReference", PartnerReference, maxLength: 50),
            errors.Required("givenName", GivenName, maxLength: 100),
            errors.Required("familyName", FamilyName, maxLength: 100),
            errors.RequiredDate("dateOfBirth", DateOfBirth),
            errors.OneOf("sex", Sex, [.. Ssda903Codes.Sex]),
            errors.OneOf("legalStatus", LegalStatus, [.. Ssda903Codes.LegalStatus]),
            errors.OneOf("placementType", PlacementType, [.. Ssda903Codes.PlacementType]),
            errors.Required("placementPostcode", PlacementPostcode, maxLength: 8),
            errors.RequiredDate("placementStartOn", PlacementStartOn),
            IsEmergency);
        if (details.PlacementPostcode.Length > 0 && !UkPostcode.IsValid(details.PlacementPostcode))
        {
            errors.Add("placementPostcode", "must be a UK postcode such as DE1 2AA.");
        }
        if (details.DateOfBirth > today)
        {
            errors.Add("dateOfBirth", "cannot be in the future.");
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
    bool IsEmergency);
