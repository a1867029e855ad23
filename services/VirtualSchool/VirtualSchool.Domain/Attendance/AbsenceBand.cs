namespace VirtualSchool.Domain.Attendance;

/// <summary>Persistent (10% or more of possible sessions missed) or severe (50% or more) absence (docs/virtual-school.md §4.2).</summary>
public enum AbsenceBand
{
    None = 0,
    Persistent = 1,
    Severe = 2,
}
