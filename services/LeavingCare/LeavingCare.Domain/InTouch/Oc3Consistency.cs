namespace LeavingCare.Domain.InTouch;

/// <summary>
/// The SSDA903 checks between the fields of a care leaver record (docs/leaving-care.md §6, §7.3; docs/ssda903.md §3). A
/// field not given (null) is left to the gaps of <see cref="Oc3Report"/>, not checked here.
/// </summary>
public static class Oc3Consistency
{
    /// <summary>Rule 344: IN_TOUCH DIED or RHOM needs ACTIV and ACCOM "0".</summary>
    public static Oc3Finding? Rule344(Oc3Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.InTouch is Oc3Codes.Died or Oc3Codes.ReturnedHome && (IsActual(row.Activity) || IsActual(row.Accommodation))
            ? new Oc3Finding("344", $"IN_TOUCH is {row.InTouch} ({(row.InTouch == Oc3Codes.Died ? "died" : "returned home for 6 months or more")}), so ACTIV and ACCOM must be 0; they are {row.Activity ?? "blank"} and {row.Accommodation ?? "blank"} (rule 344).", "ACTIV")
            : null;
    }

    /// <summary>Rule 345: IN_TOUCH YES forbids ACTIV or ACCOM "0".</summary>
    public static Oc3Finding? Rule345(Oc3Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.InTouch == Oc3Codes.Yes && (row.Activity == Oc3Codes.None || row.Accommodation == Oc3Codes.None)
            ? new Oc3Finding("345", $"IN_TOUCH is YES, so ACTIV and ACCOM must say what the young person is doing and where they live, not 0; they are {row.Activity ?? "blank"} and {row.Accommodation ?? "blank"} (rule 345).", "ACTIV")
            : null;
    }

    /// <summary>Rule 3001: at the 17th birthday the accommodation cannot be with former foster carers (Z1, Z2).</summary>
    public static Oc3Finding? Rule3001(Oc3Row row, int age)
    {
        ArgumentNullException.ThrowIfNull(row);
        return age == 17 && row.Accommodation is "Z1" or "Z2"
            ? new Oc3Finding("3001", $"ACCOM is {row.Accommodation} (with former foster carers), which is not allowed at the 17th birthday (rule 3001).", "ACCOM")
            : null;
    }

    /// <summary>Every check, in rule order; empty when the record is consistent.</summary>
    /// <param name="age">The age the birthday in the collection year brings.</param>
    public static IReadOnlyList<Oc3Finding> Check(Oc3Row row, int age) =>
        new[] { Rule344(row), Rule345(row), Rule3001(row, age) }.OfType<Oc3Finding>().ToList();

    private static bool IsActual(string? code) => code is not null && code != Oc3Codes.None;
}
