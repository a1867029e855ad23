namespace VirtualSchool.Domain.Pupils;

/// <summary>Where a child is in education by age alone (docs/virtual-school.md §3.3 and §3.4).</summary>
public enum EducationStage
{
    /// <summary>Before compulsory school age, which for most children begins during Reception.</summary>
    EarlyYears,

    /// <summary>From the start of compulsory school age to the school leaving date (the last Friday in June of Year 11), both included.</summary>
    CompulsorySchoolAge,

    /// <summary>From the day after the school leaving date to 31 August at the end of Year 13.</summary>
    Post16,

    /// <summary>After the school year in which the young person turned 18.</summary>
    BeyondYear13,
}
