namespace VirtualSchool.Domain.Attendance;

/// <summary>
/// Session counts over a set of register marks, exactly as docs/virtual-school.md §4.2 defines them: possible = marks
/// whose code counts as a possible session; absent = possible marks that are authorised or unauthorised absence;
/// present = possible marks that are present or at an approved educational activity. Unable-to-attend and
/// administrative marks, and any code that is not a possible session, are left out of every count.
/// </summary>
public readonly record struct AttendanceTally(int Possible, int Present, int Authorised, int Unauthorised)
{
    public static AttendanceTally Empty { get; } = default;

    public int Absent => Authorised + Unauthorised;

    /// <summary>Absent ÷ possible; null when there was no possible session.</summary>
    public decimal? AbsenceRate => Possible == 0 ? null : (decimal)Absent / Possible;

    public decimal? AttendanceRate => 1 - AbsenceRate;

    /// <summary>
    /// Compared in whole numbers, so that exactly 10% or exactly 50% is never lost to rounding: absent × 100 against
    /// possible × the threshold percentage (docs/virtual-school.md §4.2).
    /// </summary>
    public AbsenceBand Band
    {
        get
        {
            if (Possible == 0)
            {
                return AbsenceBand.None;
            }

            long absentHundreds = (long)Absent * 100;
            if (absentHundreds >= (long)Possible * AbsenceThresholds.SeverePercent)
            {
                return AbsenceBand.Severe;
            }

            return absentHundreds >= (long)Possible * AbsenceThresholds.PersistentPercent ? AbsenceBand.Persistent : AbsenceBand.None;
        }
    }

    public AttendanceTally Add(AttendanceCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!code.CountsAsPossible)
        {
            return this;
        }

        if (code.Category.IsPresent())
        {
            return this with { Possible = Possible + 1, Present = Present + 1 };
        }

        if (code.Category.IsAuthorisedAbsence())
        {
            return this with { Possible = Possible + 1, Authorised = Authorised + 1 };
        }

        if (code.Category.IsUnauthorisedAbsence())
        {
            return this with { Possible = Possible + 1, Unauthorised = Unauthorised + 1 };
        }

        // Unable to attend and administrative: left out even where a configured table flags them as possible.
        return this;
    }

    public AttendanceTally Add(AttendanceTally other) => new(
        Possible + other.Possible,
        Present + other.Present,
        Authorised + other.Authorised,
        Unauthorised + other.Unauthorised);
}
