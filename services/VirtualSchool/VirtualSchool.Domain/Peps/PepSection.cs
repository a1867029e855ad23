namespace VirtualSchool.Domain.Peps;

/// <summary>
/// The parts of a PEP (docs/virtual-school.md §9.6): the eight of CPPCR Schedule 1 paragraph 2 (SI 2010/959), then the
/// child's own voice, the meeting and the SMART targets.
/// </summary>
public enum PepSection
{
    EducationalHistory,

    /// <summary>Filled by the service from the attendance it holds (§4).</summary>
    Attendance,

    Conduct,
    AchievementsAndSen,

    /// <summary>Current arrangements, including SEN provision.</summary>
    CurrentArrangements,

    /// <summary>Planned changes, and the provision made to minimise disruption.</summary>
    PlannedChanges,

    LeisureInterests,
    CarersRole,
    ChildsVoice,

    /// <summary>The meeting's date and who attended it.</summary>
    Meeting,

    /// <summary>At least one SMART target.</summary>
    Targets,
}
