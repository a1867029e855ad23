using System.ComponentModel.DataAnnotations;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Options;

/// <summary>How the Virtual School measures attendance and shows it to the Board (docs/virtual-school.md §7).</summary>
public sealed class MeasureOptions
{
    public const string Section = "VirtualSchool:Measures";

    /// <summary>The period a pupil's summary, the worklist's band alerts and the default cohort measures cover.</summary>
    public MeasurePeriodKind DefaultPeriod { get; set; } = MeasurePeriodKind.SchoolYearToDate;

    /// <summary>The length of the rolling window, in school days.</summary>
    [Range(1, 380)]
    public int RollingSchoolDays { get; set; } = 20;

    /// <summary>Counts above zero and below this are shown to the Board as "c" (docs/reference-figures.md §9).</summary>
    [Range(1, 100)]
    public int SmallNumberThreshold { get; set; } = 10;

    public MeasurePeriod Period(MeasurePeriodKind? kind = null) => new(kind ?? DefaultPeriod, RollingSchoolDays);
}
