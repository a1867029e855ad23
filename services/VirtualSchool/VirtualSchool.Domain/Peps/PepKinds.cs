using VirtualSchool.Domain.Pupils;

namespace VirtualSchool.Domain.Peps;

/// <summary>
/// A PEP's form and kind (docs/virtual-school.md §9.1). The form follows the pupil's stage on the PEP's due date; the kind
/// is the form for early years and post-16, otherwise the occasion. Codes are what the API shows and filters by.
/// </summary>
public static class PepKinds
{
    /// <summary>The form for a pupil born on <paramref name="dateOfBirth"/> whose PEP is due on <paramref name="dueOn"/>.</summary>
    /// <exception cref="VirtualSchoolRuleViolation">The due date is after the end of Year 13: no PEP is written then.</exception>
    public static PepForm FormOn(DateOnly dateOfBirth, DateOnly dueOn) => SchoolAge.StageOn(dateOfBirth, dueOn) switch
    {
        EducationStage.EarlyYears => PepForm.EarlyYears,
        EducationStage.CompulsorySchoolAge => PepForm.SchoolAge,
        EducationStage.Post16 => PepForm.Post16,
        _ => throw new VirtualSchoolRuleViolation(
            $"No PEP is written after the end of Year 13 ({Show.Date(SchoolAge.EndOfYear13(dateOfBirth))}); "
            + $"a PEP due on {Show.Date(dueOn)} is past it."),
    };

    public static PepKind Of(PepOccasion occasion, PepForm form) => form switch
    {
        PepForm.EarlyYears => PepKind.EarlyYears,
        PepForm.Post16 => PepKind.Post16,
        _ => occasion switch
        {
            PepOccasion.Initial => PepKind.Initial,
            PepOccasion.ChangeOfSchool => PepKind.ChangeOfSchool,
            _ => PepKind.TermlyReview,
        },
    };

    /// <summary>"initial", "change-of-school", "termly-review", "post-16", "early-years".</summary>
    public static string Code(PepKind kind) => kind switch
    {
        PepKind.Initial => "initial",
        PepKind.ChangeOfSchool => "change-of-school",
        PepKind.TermlyReview => "termly-review",
        PepKind.Post16 => "post-16",
        PepKind.EarlyYears => "early-years",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a PEP kind."),
    };

    /// <summary>The kind a code names (exactly as <see cref="Code"/> gives it); null for anything else.</summary>
    public static PepKind? FromCode(string? code) =>
        Enum.GetValues<PepKind>().Select(k => (PepKind?)k).FirstOrDefault(k => Code(k!.Value) == code);
}
