using System.Text.RegularExpressions;

namespace CorporateParenting.CodeLists;

/// <summary>ONS GSS codes of English (E06 unitary, E08 metropolitan, E09 London, E10 county) and Welsh (W06) authorities.</summary>
public static partial class OnsAuthorityCode
{
    public static bool IsValid(string code) => Pattern().IsMatch(code);

    public static bool IsInEngland(string code) => code.StartsWith('E');

    [GeneratedRegex("^(E06|E08|E09|E10|W06)[0-9]{6}$")]
    private static partial Regex Pattern();
}
