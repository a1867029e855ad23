namespace VirtualSchool.Domain.Peps;

/// <summary>
/// Which sections each form must have filled before it is submitted (docs/virtual-school.md §9.6): every section on
/// the school-age and post-16 forms; on the early-years form every section but the child's own voice, which is
/// recorded where the child can give it (a platform choice).
/// </summary>
public static class PepSections
{
    public static IReadOnlyList<PepSection> Mandatory(PepForm form) => form == PepForm.EarlyYears
        ? [.. Enum.GetValues<PepSection>().Where(s => s != PepSection.ChildsVoice)]
        : Enum.GetValues<PepSection>();

    /// <summary>The mandatory sections of <paramref name="form"/> that <paramref name="content"/> leaves empty, in form order.</summary>
    public static IReadOnlyList<PepSection> Missing(PepForm form, PepContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return [.. Mandatory(form).Where(s => !content.IsFilled(s))];
    }

    /// <summary>How a section is named to staff.</summary>
    public static string Title(PepSection section) => section switch
    {
        PepSection.EducationalHistory => "educational history",
        PepSection.Attendance => "attendance",
        PepSection.Conduct => "conduct",
        PepSection.AchievementsAndSen => "achievements and special educational needs",
        PepSection.CurrentArrangements => "current arrangements (including SEN provision)",
        PepSection.PlannedChanges => "planned changes (and provision to minimise disruption)",
        PepSection.LeisureInterests => "leisure interests",
        PepSection.CarersRole => "the carer's role",
        PepSection.ChildsVoice => "the child's own voice",
        PepSection.Meeting => "the meeting (date and who attended)",
        PepSection.Targets => "SMART targets (at least one)",
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "Not a PEP section."),
    };
}
