namespace VirtualSchool.Domain.Attendance;

/// <summary>The two registrations of a school day: a school day is two sessions (docs/virtual-school.md §3.5).</summary>
public enum Session
{
    AM = 0,
    PM = 1,
}
