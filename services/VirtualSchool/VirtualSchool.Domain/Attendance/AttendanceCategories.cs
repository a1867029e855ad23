namespace VirtualSchool.Domain.Attendance;

/// <summary>How each category counts in the measures of docs/virtual-school.md §4.2.</summary>
public static class AttendanceCategories
{
    public static bool IsPresent(this AttendanceCategory category) =>
        category is AttendanceCategory.Present or AttendanceCategory.ApprovedEducationalActivity;

    public static bool IsAuthorisedAbsence(this AttendanceCategory category) =>
        category is AttendanceCategory.AuthorisedLeaveOfAbsence or AttendanceCategory.AuthorisedOther;

    public static bool IsUnauthorisedAbsence(this AttendanceCategory category) =>
        category is AttendanceCategory.Unauthorised;
}
