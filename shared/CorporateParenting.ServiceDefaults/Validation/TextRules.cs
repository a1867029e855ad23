using System.Globalization;

namespace CorporateParenting.ServiceDefaults.Validation;

/// <summary>Why a text value is not acceptable as its <see cref="TextKind"/>, or null when it is.</summary>
public static class TextRules
{
    public static string? Problem(string value, TextKind kind)
    {
        for (var index = 0; index < value.Length; index++)
        {
            var c = value[index];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
                {
                    if (kind == TextKind.Reference)
                    {
                        return ReferenceRule;
                    }
                    index++;
                    continue;
                }
                return $"must not contain an unpaired surrogate (position {index + 1}).";
            }
            if (IsBidirectionalControl(c))
            {
                // Right-to-left overrides and isolates can make stored text read differently from what it is.
                return $"must not contain the bidirectional control character U+{(int)c:X4} (position {index + 1}).";
            }
            if (char.IsControl(c) && !(kind == TextKind.Paragraphs && c is '\n' or '\r' or '\t'))
            {
                return $"must not contain the control character U+{(int)c:X4} (position {index + 1}).";
            }
            if (kind == TextKind.PersonName && !IsNameCharacter(c))
            {
                return $"may contain only letters, digits, spaces, hyphens, apostrophes and full stops; '{c}' (position {index + 1}) is not allowed.";
            }
            if (kind == TextKind.Reference && c is < '!' or > '~')
            {
                return ReferenceRule;
            }
        }
        return null;
    }

    private const string ReferenceRule = "may contain only printable ASCII characters, without spaces.";

    private static bool IsBidirectionalControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool IsNameCharacter(char c) =>
        // Digits because case systems hold placeholders such as "Baby 1" or "Unborn 2" until a child is named.
        char.IsLetterOrDigit(c) || c is ' ' or '-' or '\'' or '\u2019' or '.'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
