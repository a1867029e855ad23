using CorporateParenting.CodeLists;

namespace Placements.Domain;

/// <summary>
/// DfE unique pupil number: a check letter followed by 12 characters, the last of which may be a
/// letter in a temporary UPN (docs/ssda903.md, "Identifiers"; CIN census rule 1510).
/// </summary>
public static class UniquePupilNumber
{
    // I, O and S are never used, so they cannot be confused with 1, 0 and 5.
    private const string CheckAlphabet = "ABCDEFGHJKLMNPQRTUVWXYZ";

    public static bool IsValid(string? upn)
    {
        if (upn is null || upn.Length != 13)
        {
            return false;
        }

        for (int i = 1; i < 12; i++)
        {
            if (!char.IsAsciiDigit(upn[i]))
            {
                return false;
            }
        }

        var last = upn[12];
        if (!char.IsAsciiDigit(last) && !CheckAlphabet.Contains(last))
        {
            return false;
        }

        return CheckLetterFor(upn.AsSpan(1)) == upn[0];
    }

    /// <summary>UN1–UN5: the 903's codes for a UPN that is not known (and why).</summary>
    public static bool IsUnknownCode(string? code) => code is not null && Ssda903Codes.UnknownUpn.Contains(code);

    /// <summary>A UPN from its last 12 characters, with the check letter in front.</summary>
    public static string WithCheckLetter(string lastTwelve) => CheckLetterFor(lastTwelve) + lastTwelve;

    private static char CheckLetterFor(ReadOnlySpan<char> lastTwelve)
    {
        int sum = 0;
        for (int i = 0; i < lastTwelve.Length; i++)
        {
            var c = lastTwelve[i];
            int value = char.IsAsciiDigit(c) ? c - '0' : CheckAlphabet.IndexOf(c);
            sum += value * (i + 2);
        }

        return CheckAlphabet[sum % 23];
    }
}
