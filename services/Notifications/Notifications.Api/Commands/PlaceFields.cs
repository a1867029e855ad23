using CorporateParenting.CodeLists;
using CorporateParenting.ServiceDefaults.Validation;

namespace Notifications.Api.Commands;

/// <summary>The two place fields every notifications request checks the same way: an authority's ONS code and a UK postcode.</summary>
public static class PlaceFields
{
    /// <summary>Names <paramref name="field"/> when <paramref name="code"/> is given and is not an ONS local authority code.</summary>
    public static void CheckAuthorityCode(this FieldErrors errors, string field, string? code)
    {
        if (!string.IsNullOrEmpty(code) && !OnsAuthorityCode.IsValid(code))
        {
            errors.Add(field, "must be an ONS local authority code such as E10000007.");
        }
    }

    /// <summary>The postcode normalised (DE1 2AA), or the value unchanged when it is blank or not a UK postcode (then named).</summary>
    public static string? CheckPostcode(this FieldErrors errors, string field, string? postcode)
    {
        if (string.IsNullOrEmpty(postcode))
        {
            return postcode;
        }
        if (!UkPostcode.IsValid(postcode))
        {
            errors.Add(field, "must be a UK postcode such as DE1 2AA.");
            return postcode;
        }
        return UkPostcode.Normalise(postcode);
    }
}
