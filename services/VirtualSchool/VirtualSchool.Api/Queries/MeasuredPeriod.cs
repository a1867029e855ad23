using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Queries;

/// <summary>
/// The dates a measure covers on a day, and the period's name: the term's name for a termly measure, otherwise the
/// school year's ("2026/27"). A band alert is raised once per pupil and name (docs/virtual-school.md §7).
/// </summary>
public sealed record MeasuredPeriod(MeasurePeriodKind Kind, string Name, DateOnly From, DateOnly To)
{
    /// <summary>The REST names of the periods: <c>term</c>, <c>year-to-date</c>, <c>rolling</c>.</summary>
    public static readonly IReadOnlyDictionary<string, MeasurePeriodKind> Names = new Dictionary<string, MeasurePeriodKind>
    {
        ["term"] = MeasurePeriodKind.Term,
        ["year-to-date"] = MeasurePeriodKind.SchoolYearToDate,
        ["rolling"] = MeasurePeriodKind.RollingSchoolDays,
    };

    public string KindName => Names.Single(n => n.Value == Kind).Key;
}
