namespace VirtualSchool.Domain.Terms;

/// <summary>The periods an attendance measure can cover (docs/virtual-school.md §4.3); which one the Virtual School uses is configuration.</summary>
public enum MeasurePeriodKind
{
    /// <summary>The term containing the day, from its first day to that day; in a holiday, the last term before it.</summary>
    Term,

    /// <summary>From 1 September of the school year containing the day to that day.</summary>
    SchoolYearToDate,

    /// <summary>The last N school days of the term calendar, ending on the day.</summary>
    RollingSchoolDays,
}
