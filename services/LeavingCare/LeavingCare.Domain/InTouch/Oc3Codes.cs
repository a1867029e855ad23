using System.Collections.Frozen;

namespace LeavingCare.Domain.InTouch;

/// <summary>
/// The OC3 code lists (docs/ssda903.md §2 "OC3: care leavers"; docs/leaving-care.md §7.1–7.2): IN_TOUCH, ACTIV and ACCOM.
/// An ACCOM code is a letter for the type of accommodation and a digit for its suitability, 1 suitable and 2 not
/// suitable; no fixed abode (S) and custody (X) can only be coded not suitable (rule 133). "0" stands for ACTIV and ACCOM
/// when the young person is not in touch, has died or has returned home. Codes are upper case, as the return has them.
/// </summary>
public static class Oc3Codes
{
    /// <summary>ACTIV and ACCOM "0": not in touch, died or returned home.</summary>
    public const string None = "0";

    public const string Yes = "YES";

    public const string No = "NO";

    public const string Died = "DIED";

    public const string Refuses = "REFU";

    public const string NoLongerRequires = "NREQ";

    public const string ReturnedHome = "RHOM";

    public static readonly IReadOnlySet<string> InTouch =
        new[] { Yes, No, Died, Refuses, NoLongerRequires, ReturnedHome }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>F1/P1 higher education, F2/P2 other education, F4/P4 apprenticeship, F5/P5 training or employment.</summary>
    public static readonly IReadOnlySet<string> InEducationEmploymentOrTraining =
        new[] { "F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>G4 illness or disability, G5 other circumstances, G6 pregnancy or parenting.</summary>
    public static readonly IReadOnlySet<string> NotInEducationEmploymentOrTraining =
        new[] { "G4", "G5", "G6" }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> Activity =
        InEducationEmploymentOrTraining.Concat(NotInEducationEmploymentOrTraining).Append(None).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The accommodation types by their letter.</summary>
    public static readonly IReadOnlyDictionary<char, string> AccommodationTypes = new Dictionary<char, string>
    {
        ['B'] = "with parents or relatives",
        ['C'] = "community home or residential care",
        ['D'] = "semi-independent or transitional accommodation",
        ['E'] = "supported lodgings",
        ['G'] = "gone abroad",
        ['H'] = "deported",
        ['K'] = "ordinary lodgings without support",
        ['R'] = "residence not known",
        ['S'] = "no fixed abode or homeless",
        ['T'] = "foyer or similar",
        ['U'] = "independent living",
        ['V'] = "emergency accommodation",
        ['W'] = "bed and breakfast",
        ['X'] = "in custody",
        ['Y'] = "other accommodation",
        ['Z'] = "with former foster carer(s)",
    }.ToFrozenDictionary();

    /// <summary>Types that can never be suitable: no fixed abode (S) and custody (X) (rule 133).</summary>
    public static readonly IReadOnlySet<char> NeverSuitable = new[] { 'S', 'X' }.ToFrozenSet();

    public const char Suitable = '1';

    public const char NotSuitable = '2';

    public static readonly IReadOnlySet<string> Accommodation = AccommodationTypes.Keys
        .SelectMany(type => NeverSuitable.Contains(type) ? [$"{type}{NotSuitable}"] : new[] { $"{type}{Suitable}", $"{type}{NotSuitable}" })
        .Append(None)
        .ToFrozenSet(StringComparer.Ordinal);

    public static ActivityGroup GroupOf(string activity) => RequireActivity(activity) switch
    {
        None => ActivityGroup.NotKnown,
        _ when NotInEducationEmploymentOrTraining.Contains(activity) => ActivityGroup.NotInEducationEmploymentOrTraining,
        _ => ActivityGroup.InEducationEmploymentOrTraining,
    };

    /// <summary>True for a suitable accommodation code, false for an unsuitable one, null for "0".</summary>
    public static bool? IsSuitable(string accommodation) => RequireAccommodation(accommodation) switch
    {
        None => null,
        var code => code[1] == Suitable,
    };

    /// <summary>What is wrong with <paramref name="code"/> as an IN_TOUCH code, or null when it is one.</summary>
    public static string? ProblemWithInTouch(string? code) => code is not null && InTouch.Contains(code)
        ? null
        : $"'{code}' is not an IN_TOUCH code: use YES, NO, DIED, REFU (refuses contact), NREQ (no longer requires services) or RHOM (returned home for 6 months or more).";

    /// <summary>What is wrong with <paramref name="code"/> as an ACTIV code, or null when it is one.</summary>
    public static string? ProblemWithActivity(string? code) => code switch
    {
        not null when Activity.Contains(code) => null,
        "F3" or "P3" => $"'{code}' is obsolete: F3 and P3 are no longer ACTIV codes.",
        _ => $"'{code}' is not an ACTIV code: use F1, F2, F4 or F5 (full-time) or P1, P2, P4 or P5 (part-time) education, employment or training; G4, G5 or G6 (NEET); or 0.",
    };

    /// <summary>What is wrong with <paramref name="code"/> as an ACCOM code, or null when it is one.</summary>
    public static string? ProblemWithAccommodation(string? code)
    {
        if (code is not null && Accommodation.Contains(code))
        {
            return null;
        }

        if (code is not { Length: 2 })
        {
            return $"'{code}' is not an ACCOM code: give the accommodation letter and a suitability digit, 1 suitable or 2 not suitable (B1, S2), or 0.";
        }

        if (!AccommodationTypes.TryGetValue(code[0], out var type))
        {
            return $"'{code}' is not an ACCOM code: {code[0]} is not a type of accommodation; the types are {string.Join(", ", AccommodationTypes.Keys)}.";
        }

        return NeverSuitable.Contains(code[0]) && code[1] == Suitable
            ? $"'{code}' is not an ACCOM code: {type} ({code[0]}) can only be coded not suitable, {code[0]}{NotSuitable} (rule 133)."
            : $"'{code}' is not an ACCOM code: the suitability digit after {code[0]} is 1 (suitable) or 2 (not suitable).";
    }

    /// <exception cref="LeavingCareRuleViolation">Not an IN_TOUCH code; the message says why.</exception>
    public static string RequireInTouch(string? code) => Require(code, ProblemWithInTouch);

    /// <exception cref="LeavingCareRuleViolation">Not an ACTIV code; the message says why.</exception>
    public static string RequireActivity(string? code) => Require(code, ProblemWithActivity);

    /// <exception cref="LeavingCareRuleViolation">Not an ACCOM code; the message says why.</exception>
    public static string RequireAccommodation(string? code) => Require(code, ProblemWithAccommodation);

    private static string Require(string? code, Func<string?, string?> problemWith) =>
        problemWith(code) is { } problem ? throw new LeavingCareRuleViolation(problem) : code!;
}
