using System.Text.RegularExpressions;
using CorporateParenting.CodeLists;
using CorporateParenting.ServiceDefaults.Validation;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Commands;

/// <summary>A school or other provision as staff send it (POST and PUT /api/virtual-school/schools).</summary>
public sealed partial record SchoolDetails(string? Urn, string? Name, string? Phase, string? ProvisionType, string? LocalAuthorityCode)
{
    /// <summary>Every field checked at once; <paramref name="routeUrn"/> is the URN of the school a PUT replaces.</summary>
    public ValidSchool Validate(string? routeUrn = null)
    {
        var errors = new FieldErrors();
        var urn = routeUrn ?? errors.Required("urn", Urn, maxLength: 7, TextKind.Reference);
        if (!UrnPattern().IsMatch(urn))
        {
            errors.Add("urn", "must be a URN of 6 or 7 digits, as Get Information about Schools gives it.");
        }
        else if (routeUrn is not null && !string.IsNullOrWhiteSpace(Urn) && Urn.Trim() != routeUrn)
        {
            errors.Add("urn", $"cannot change (it is {routeUrn}): record the other provision as a school of its own.");
        }
        var school = new ValidSchool(
            urn,
            errors.Required("name", Name, maxLength: 200),
            errors.OneOf("phase", Phase, SchoolCodes.Phases),
            errors.OneOf("provisionType", ProvisionType, SchoolCodes.ProvisionTypes),
            errors.Required("localAuthorityCode", LocalAuthorityCode, maxLength: 9, TextKind.Reference));
        if (school.LocalAuthorityCode.Length > 0 && !OnsAuthorityCode.IsValid(school.LocalAuthorityCode))
        {
            errors.Add("localAuthorityCode", "must be an ONS local authority code such as E06000015.");
        }
        errors.ThrowIfAny();
        return school;
    }

    public static bool IsUrn(string value) => UrnPattern().IsMatch(value);

    [GeneratedRegex("^[0-9]{6,7}$")]
    private static partial Regex UrnPattern();
}

public sealed record ValidSchool(string Urn, string Name, string Phase, string ProvisionType, string LocalAuthorityCode);
