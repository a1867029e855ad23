using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Domain.Exclusions;

/// <summary>
/// A pupil's suspension days in one school year against the 45-day limit (docs/virtual-school.md §5). Days are in
/// halves (a lunchtime suspension is 0.5); <see cref="OverLimit"/> only above 45, so exactly 45 is at the limit.
/// </summary>
public sealed record SuspensionTotal(SchoolYear SchoolYear, decimal Days, bool OverLimit, decimal DaysRemaining)
{
    public bool AtOrOverLimit => Days >= SuspensionLimit.SchoolDaysPerYear;
}
