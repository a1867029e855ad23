using VirtualSchool.Domain.Attendance;

namespace VirtualSchool.Api.Queries;

/// <summary>
/// One cohort's figures for a period (docs/virtual-school.md §7): the pupils with a possible session in it, their
/// sessions added up, how many were persistently absent (10% or more, severe included, as DfE counts them) and severely
/// absent (50% or more), and the suspensions and permanent exclusions that started in it, with the pupils they concern.
/// </summary>
public sealed record CohortFigures(
    int Pupils,
    AttendanceTally Sessions,
    int PersistentlyAbsent,
    int SeverelyAbsent,
    int Suspensions,
    int SuspendedPupils,
    int PermanentExclusions,
    int PermanentlyExcludedPupils)
{
    public static CohortFigures Empty { get; } = new(0, AttendanceTally.Empty, 0, 0, 0, 0, 0, 0);
}
