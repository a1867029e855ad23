namespace VirtualSchool.Domain.Enrolments;

/// <summary>How a pupil is on a school's roll (docs/virtual-school.md §8).</summary>
public enum Registration
{
    /// <summary>On one school's roll only.</summary>
    Single,

    /// <summary>Dual registration: the school the pupil attends most of the time.</summary>
    DualMain,

    /// <summary>Dual registration: another provision (a PRU, alternative provision) attended alongside the main school.</summary>
    DualSubsidiary,
}
