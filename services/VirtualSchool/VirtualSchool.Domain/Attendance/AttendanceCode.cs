namespace VirtualSchool.Domain.Attendance;

/// <summary>
/// One register code: its letters exactly as schools enter them, what it means, its category and whether the session
/// counts as a possible session (docs/virtual-school.md §4.1).
/// </summary>
public sealed record AttendanceCode(string Code, string Meaning, AttendanceCategory Category, bool CountsAsPossible);
