using System.Globalization;
using CorporateParenting.CodeLists;
using CorporateParenting.ServiceDefaults.Validation;
using Placements.Domain;

namespace Placements.Api.Commands;

/// <summary>What identifies a child beyond the case reference, each validated when given; all may be unknown at entry.</summary>
public sealed record ChildIdentifiers(string? Upn, string? NhsNumber, string? Ethnicity, string? HomePostcode, DateOnly? UascSince);

/// <summary>Field checks more than one command's request shares; each names the malformed field (InvalidArgument).</summary>
public static class RequestFields
{
    public static ChildIdentifiers IdentifiersOf(FieldErrors errors, string upn, string nhsNumber, string ethnicity, string homePostcode, string uascSince)
    {
        var identifiers = new ChildIdentifiers(
            Optional(upn)?.ToUpperInvariant(),
            Optional(nhsNumber)?.Replace(" ", string.Empty),
            Optional(ethnicity)?.ToUpperInvariant(),
            Optional(homePostcode),
            string.IsNullOrWhiteSpace(uascSince) ? null : errors.RequiredDate("uasc_since", uascSince));
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

    public static Placement PlacementOf(FieldErrors errors, string type, string provider, string urn, string postcode, string authority)
    {
        var placement = new Placement(
            errors.OneOf("placement_type", type, [.. Ssda903Codes.PlacementType]),
            Optional(provider),
            Optional(urn),
            Optional(postcode),
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

    public static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static DateOnly? OptionalDate(FieldErrors errors, string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add(field, "must be a date in the form yyyy-MM-dd, or blank.");
        return null;
    }

    public static string? OptionalCode(FieldErrors errors, string field, string value, IReadOnlySet<string> allowed) =>
        string.IsNullOrWhiteSpace(value) ? null : errors.OneOf(field, value, [.. allowed]);
}
