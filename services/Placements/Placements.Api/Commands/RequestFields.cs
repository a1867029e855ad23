using CorporateParenting.Calendar;
using CorporateParenting.CodeLists;
using CorporateParenting.ServiceDefaults.Validation;
using Placements.Domain;

namespace Placements.Api.Commands;

/// <summary>What identifies a child beyond the case reference, each validated when given; all may be unknown at entry.</summary>
public sealed record ChildIdentifiers(string? Upn, string? NhsNumber, string? Ethnicity, string? HomePostcode, DateOnly? UascSince);

/// <summary>Field checks more than one command's request shares; each names the malformed field (InvalidArgument).</summary>
public static class RequestFields
{
    public static ChildIdentifiers IdentifiersOf(
        FieldErrors errors, string upn, string nhsNumber, string ethnicity, string homePostcode, string uascSince, DateOnly today)
    {
        var identifiers = new ChildIdentifiers(
            // Normalised, as docs/input.md §1 says: a UPN's and an ethnicity code's letters are upper case, an NHS number is often written in groups.
            errors.Optional("upn", upn, maxLength: 13)?.ToUpperInvariant(),
            errors.Optional("nhs_number", nhsNumber, maxLength: 12)?.Replace(" ", string.Empty),
            errors.Optional("ethnicity", ethnicity, maxLength: 4)?.ToUpperInvariant(),
            errors.Optional("home_postcode", homePostcode, maxLength: 8),
            errors.OptionalDate("uasc_since", uascSince, DateKind.Event, today));
        if (identifiers.Upn is { } pupilNumber && !UniquePupilNumber.IsValid(pupilNumber) && !UniquePupilNumber.IsUnknownCode(pupilNumber))
        {
            errors.Add("upn", "must be a 13-character UPN with a valid check letter, or UN1 to UN5.");
        }
        if (identifiers.NhsNumber is { } nhs && !NhsNumber.IsValid(nhs))
        {
            errors.Add("nhs_number", "must be 10 digits with a valid check digit.");
        }
        if (identifiers.Ethnicity is { } code && !Ssda903Codes.Ethnicity.Contains(code))
        {
            errors.Add("ethnicity", $"must be an SSDA903 ETHNIC code: {string.Join(", ", Ssda903Codes.Ethnicity)}.");
        }
        if (identifiers.HomePostcode is { } postcode && !UkPostcode.IsValid(postcode))
        {
            errors.Add("home_postcode", "must be a UK postcode such as DE1 2AA, or blank.");
        }
        return identifiers with { HomePostcode = identifiers.HomePostcode is null ? null : UkPostcode.Normalise(identifiers.HomePostcode) };
    }

    /// <summary>
    /// SSDA903 MOTHER and MC_DOB as given, each well formed; how they agree with each other and with the child is
    /// <see cref="Motherhood.Check"/>'s to judge. A request with any malformed field is refused whole, so then the value
    /// returned does not matter.
    /// </summary>
    public static Motherhood MotherhoodOf(FieldErrors errors, string prefix, string mother, string firstChildBornOn, DateOnly today)
    {
        var code = errors.OptionalOneOf($"{prefix}mother", mother, ["0", "1"]);
        var born = errors.OptionalDate($"{prefix}first_child_born_on", firstChildBornOn, DateKind.Event, today);
        return errors.Any ? Motherhood.NotRecorded : Motherhood.FromCodes(code, born);
    }

    public static Placement PlacementOf(FieldErrors errors, string type, string provider, string urn, string postcode, string authority)
    {
        var placement = new Placement(
            errors.OneOf("placement_type", type, [.. Ssda903Codes.PlacementType]),
            errors.Optional("placement_provider", provider, maxLength: 3),
            errors.Optional("provider_urn", urn, maxLength: 10),
            errors.Optional("placement_postcode", postcode, maxLength: 8),
            errors.Required("placement_authority_code", authority, maxLength: 9));
        if (placement.Provider is not null && !PlacementProvider.All.Contains(placement.Provider))
        {
            errors.Add("placement_provider", $"must be one of {string.Join(", ", PlacementProvider.All)}, or blank.");
        }
        if (placement.AuthorityCode.Length > 0 && !OnsAuthorityCode.IsValid(placement.AuthorityCode))
        {
            errors.Add("placement_authority_code", "must be an ONS local authority code such as E06000015.");
        }
        if (placement.Postcode is not null && !UkPostcode.IsValid(placement.Postcode))
        {
            errors.Add("placement_postcode", "must be a UK postcode such as DE1 2AA, or blank.");
        }
        return placement;
    }

    /// <summary>UASC dates against each other, the date of birth and today; <paramref name="prefix"/> names the request's field path.</summary>
    public static void CheckUascDates(FieldErrors errors, string prefix, DateOnly? dateOfBirth, DateOnly? since, DateOnly? ceasedOn, DateOnly today)
    {
        if (since > today)
        {
            errors.Add($"{prefix}uasc_since", $"must not be in the future (today is {today:yyyy-MM-dd}).");
        }
        if (since < dateOfBirth)
        {
            errors.Add($"{prefix}uasc_since", "must be on or after date_of_birth.");
        }
        if (ceasedOn < since)
        {
            errors.Add($"{prefix}uasc_ceased_on", "must be on or after uasc_since.");
        }
        if (dateOfBirth is { } born && ceasedOn > Birthdays.Nth(born, 18))
        {
            errors.Add($"{prefix}uasc_ceased_on", "must be on or before the 18th birthday (SSDA903 rule 304).");
        }
        else if (ceasedOn > today)
        {
            errors.Add($"{prefix}uasc_ceased_on", $"must not be in the future (today is {today:yyyy-MM-dd}).");
        }
    }
}
