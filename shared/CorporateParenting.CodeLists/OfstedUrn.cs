using System.Text.RegularExpressions;

namespace CorporateParenting.CodeLists;

/// <summary>
/// The Ofsted unique reference number of a registered setting, as the SSDA903 URN field holds it:
/// "SC" and 6 digits for older registrations, 6 to 8 digits for newer ones, or XXXXXXX for a setting
/// that is not registered.
/// </summary>
public static partial class OfstedUrn
{
    public const string NotRegistered = "XXXXXXX";

    public static bool IsValid(string urn) => urn == NotRegistered || Pattern().IsMatch(urn);

    [GeneratedRegex("^(SC[0-9]{6}|[0-9]{6,8})$")]
    private static partial Regex Pattern();
}
