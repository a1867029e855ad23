using System.Collections.ObjectModel;

namespace VirtualSchool.Domain.Attendance;

/// <summary>
/// The register codes the platform accepts (docs/virtual-school.md §4.1). <see cref="Default"/> is the national set in
/// use since 19 August 2024; configuration can replace it with another table, for instance once the unconfirmed
/// meanings and possible-session flags have been checked against the DfE guidance.
/// </summary>
public sealed class AttendanceCodes
{
    private const string InUseSince = "in use since 19 August 2024";

    private readonly Dictionary<string, AttendanceCode> _byCode;

    public AttendanceCodes(IEnumerable<AttendanceCode> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);

        var all = new List<AttendanceCode>();
        _byCode = new Dictionary<string, AttendanceCode>(StringComparer.Ordinal);
        foreach (AttendanceCode code in codes)
        {
            ArgumentNullException.ThrowIfNull(code, nameof(codes));
            if (string.IsNullOrWhiteSpace(code.Code) || code.Code.Trim() != code.Code)
            {
                throw new VirtualSchoolRuleViolation(
                    $"An attendance code must be non-blank, with no spaces around it; '{code.Code}' ({code.Meaning}) is not.");
            }

            if (!_byCode.TryAdd(code.Code, code))
            {
                throw new VirtualSchoolRuleViolation($"The attendance code '{code.Code}' appears more than once in the table.");
            }

            all.Add(code);
        }

        All = new ReadOnlyCollection<AttendanceCode>(all);
    }

    /// <summary>The §4.1 table, in its order.</summary>
    public static AttendanceCodes Default { get; } = new(DefaultTable());

    public IReadOnlyList<AttendanceCode> All { get; }

    /// <summary>
    /// This table with <paramref name="changes"/> applied: a change for a code in the table replaces its row where it
    /// stands, any other is added at the end. How an authority settles an unconfirmed row of §4.1 (configuration).
    /// </summary>
    public AttendanceCodes With(IEnumerable<AttendanceCode> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var rows = All.ToList();
        foreach (AttendanceCode change in changes)
        {
            ArgumentNullException.ThrowIfNull(change, nameof(changes));
            int at = rows.FindIndex(row => row.Code == change.Code);
            if (at >= 0)
            {
                rows[at] = change;
            }
            else
            {
                rows.Add(change);
            }
        }

        return new AttendanceCodes(rows);
    }

    /// <summary>The code with exactly these letters: case matters, so "c" is not "C".</summary>
    public AttendanceCode? Find(string code) =>
        code is not null && _byCode.TryGetValue(code, out AttendanceCode? found) ? found : null;

    /// <summary>
    /// Null when <paramref name="code"/> is in the table; otherwise why a feed row carrying it is rejected. The codes
    /// withdrawn on 19 August 2024 (H, J and the single Y) name their replacements (docs/virtual-school.md §4.1).
    /// </summary>
    public string? Problem(string code)
    {
        if (Find(code) is not null)
        {
            return null;
        }

        return code switch
        {
            "H" => "H (holiday) was withdrawn on 19 August 2024: use G for a holiday not agreed by the school, "
                 + "or C for leave of absence agreed in exceptional circumstances.",
            "J" => "J (interview) was withdrawn on 19 August 2024: use J1 for an interview with an employer or an "
                 + "educational establishment.",
            "Y" => "The single Y code was withdrawn on 19 August 2024: use Y1 (transport normally provided not available), "
                 + "Y2 (widespread travel disruption), Y3 (part of the school premises closed), Y4 (whole school site "
                 + "unexpectedly closed), Y5 (in criminal justice detention), Y6 (public health guidance or law) "
                 + "or Y7 (any other unavoidable cause).",
            _ => NotInUse(code),
        };
    }

    private string NotInUse(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return $"A blank mark is not an attendance code {InUseSince}.";
        }

        // Registers are typed by hand: point at the code a wrong case probably meant.
        AttendanceCode? sameLetters = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        string hint = sameLetters is null ? "" : $" (codes are case-sensitive: did you mean '{sameLetters.Code}'?)";
        return $"'{code}' is not an attendance code {InUseSince}{hint}.";
    }

    // docs/virtual-school.md §4.1. Meanings and possible-session flags marked unconfirmed there are kept as the
    // expected reading until checked against the DfE guidance annex; configuration can replace the table.
    private static IEnumerable<AttendanceCode> DefaultTable()
    {
        const AttendanceCategory present = AttendanceCategory.Present;
        const AttendanceCategory approved = AttendanceCategory.ApprovedEducationalActivity;
        const AttendanceCategory leave = AttendanceCategory.AuthorisedLeaveOfAbsence;
        const AttendanceCategory authorisedOther = AttendanceCategory.AuthorisedOther;
        const AttendanceCategory unable = AttendanceCategory.UnableToAttend;
        const AttendanceCategory unauthorised = AttendanceCategory.Unauthorised;
        const AttendanceCategory administrative = AttendanceCategory.Administrative;

        return
        [
            new("/", "present, AM registration", present, true),
            new("\\", "present, PM registration", present, true),
            new("L", "late, arrived before the register closed", present, true),
            new("K", "education provision arranged by the local authority", approved, true),
            new("V", "educational visit or trip", approved, true),
            new("P", "approved sporting activity", approved, true),
            new("W", "work experience", approved, true),
            new("B", "other approved, supervised off-site educational activity", approved, true),
            new("C1", "regulated performance or regulated employment abroad", leave, true),
            new("C2", "part-time timetable (compulsory school age)", leave, true),
            new("C", "leave of absence in exceptional circumstances", leave, true),
            new("M", "medical or dental appointment", leave, true),
            new("J1", "interview with an employer or educational establishment", leave, true),
            new("S", "study leave for public examinations", leave, true),
            new("X", "non-compulsory school age, not required to attend", leave, false),
            new("T", "parent travelling for work (Gypsy, Roma and Traveller or other mobile families)", authorisedOther, true),
            new("R", "religious observance", authorisedOther, true),
            new("I", "illness (not appointments)", authorisedOther, true),
            new("E", "suspended or excluded, no alternative provision", authorisedOther, true),
            new("Q", "lack of access arrangements, e.g. the local authority failed to provide transport", unable, false),
            new("Y1", "transport normally provided is not available", unable, false),
            new("Y2", "widespread travel disruption", unable, false),
            new("Y3", "part of the school premises closed", unable, false),
            new("Y4", "whole school site unexpectedly closed", unable, false),
            new("Y5", "in criminal justice detention", unable, false),
            new("Y6", "public health guidance or law", unable, false),
            new("Y7", "any other unavoidable cause", unable, false),
            new("G", "holiday not agreed by the school", unauthorised, true),
            new("N", "no reason yet provided", unauthorised, true),
            new("O", "other unauthorised absence", unauthorised, true),
            new("U", "arrived after the register closed", unauthorised, true),
            new("D", "dual registered, attending another school", administrative, false),
            new("Z", "prospective pupil, not on roll", administrative, false),
            new("#", "planned whole or partial school closure", administrative, false),
        ];
    }
}
