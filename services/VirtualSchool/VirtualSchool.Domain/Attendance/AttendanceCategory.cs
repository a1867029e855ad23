namespace VirtualSchool.Domain.Attendance;

/// <summary>What an attendance code says about a session (docs/virtual-school.md §4.1).</summary>
public enum AttendanceCategory
{
    Present,

    /// <summary>Present at an off-site educational activity the school approved or the LA arranged (K, V, P, W, B).</summary>
    ApprovedEducationalActivity,

    AuthorisedLeaveOfAbsence,
    AuthorisedOther,

    /// <summary>Could not attend for a reason outside the pupil's control (Q, Y1–Y7): no absence is counted.</summary>
    UnableToAttend,

    Unauthorised,

    /// <summary>Not a session the pupil was expected at, such as dual registration or a planned closure (D, Z, #).</summary>
    Administrative,
}
