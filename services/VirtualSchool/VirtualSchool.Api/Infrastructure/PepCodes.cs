using VirtualSchool.Domain.Peps;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>How the domain's PEP enums are stored and shown: lower-case, hyphenated codes (docs/virtual-school.md §9.9).</summary>
public static class PepCodes
{
    public static readonly string[] Statuses = ["draft", "submitted", "returned", "completed", "closed"];
    public static readonly string[] Occasions = ["initial", "change-of-school", "termly-review"];
    public static readonly string[] Forms = ["early-years", "school-age", "post-16"];
    public static readonly string[] Kinds = [.. Enum.GetValues<PepKind>().Select(PepKinds.Code)];
    public static readonly string[] CloseReasons = ["left-care", "past-end-of-year-13", "care-taken-over", "superseded"];

    public static string Of(PepStatus status) => Statuses[(int)status];
    public static PepStatus Status(string code) => (PepStatus)Array.IndexOf(Statuses, code);

    public static string Of(PepOccasion occasion) => Occasions[(int)occasion];
    public static PepOccasion Occasion(string code) => (PepOccasion)Array.IndexOf(Occasions, code);

    public static string Of(PepForm form) => Forms[(int)form];
    public static PepForm Form(string code) => (PepForm)Array.IndexOf(Forms, code);

    public static string Of(PepCloseReason reason) => CloseReasons[(int)reason];

    public static string Of(PepRating rating) => rating.ToString().ToLowerInvariant();

    public static PepSummary Summary(PepRow pep) =>
        new(pep.Id, Occasion(pep.Occasion), Status(pep.Status), pep.DueOn, pep.CompletedOn, pep.Term);
}
