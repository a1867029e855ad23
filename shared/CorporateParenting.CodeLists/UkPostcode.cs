using System.Text.RegularExpressions;

namespace CorporateParenting.CodeLists;

/// <summary>UK postcode format (outward and inward code), with or without the space, any case.</summary>
public static partial class UkPostcode
{
    public static bool IsValid(string postcode) => Pattern().IsMatch(postcode.Trim());

    /// <summary>Upper case with one space before the inward code, e.g. <c>de1 2aa</c> → <c>DE1 2AA</c>.</summary>
    public static string Normalise(string postcode)
    {
        var compact = postcode.Replace(" ", string.Empty).ToUpperInvariant();
        return compact.Length > 3 ? $"{compact[..^3]} {compact[^3..]}" : compact;
    }

    [GeneratedRegex("^(GIR ?0AA|[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
