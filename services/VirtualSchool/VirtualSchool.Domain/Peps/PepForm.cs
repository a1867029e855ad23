namespace VirtualSchool.Domain.Peps;

/// <summary>Which form a PEP is written on, from the pupil's stage of education on its due date (docs/virtual-school.md §9.1).</summary>
public enum PepForm
{
    /// <summary>Before compulsory school age (<see cref="Pupils.EducationStage.EarlyYears"/>).</summary>
    EarlyYears,

    /// <summary>Of compulsory school age, Reception to the school leaving date in Year 11.</summary>
    SchoolAge,

    /// <summary>From the day after the school leaving date to the end of Year 13.</summary>
    Post16,
}
