using CorporateParenting.Calendar;

namespace VirtualSchool.Domain.Peps;

/// <summary>
/// The due dates that events set (docs/virtual-school.md §9.3, convention 6), counted in England and Wales working days
/// from the day after the event (convention 1): entry to care, 20 working days; a change of school, the configured
/// number (10 by default). Termly reviews: <see cref="TermlyReviewDeadlines"/>.
/// </summary>
public static class PepDeadlines
{
    public const int InitialWorkingDays = 20;

    public const int LongestChangeOfSchoolWorkingDays = 60;

    public const int LongestDueSoonWorkingDays = 20;

    /// <summary>Entered care Mon 15 Dec 2025: due Thu 15 Jan 2026.</summary>
    public static DateOnly Initial(DateOnly enteredCare) =>
        WorkingDayCalendar.EnglandAndWales.AddWorkingDays(enteredCare, InitialWorkingDays);

    /// <summary>Changed school Thu 25 Mar 2027, 10 working days: due Mon 12 Apr 2027.</summary>
    /// <exception cref="VirtualSchoolRuleViolation">The configured working days are not 1 to 60.</exception>
    public static DateOnly ChangeOfSchool(DateOnly changedOn, PepDeadlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ChangeOfSchoolWorkingDays is < 1 or > LongestChangeOfSchoolWorkingDays)
        {
            throw new VirtualSchoolRuleViolation(
                $"A new PEP meeting after a change of school is due 1 to {LongestChangeOfSchoolWorkingDays} working days after it; "
                + $"{options.ChangeOfSchoolWorkingDays} was configured.");
        }

        return WorkingDayCalendar.EnglandAndWales.AddWorkingDays(changedOn, options.ChangeOfSchoolWorkingDays);
    }

    /// <summary>
    /// Whether a PEP not yet completed is due soon (docs/virtual-school.md §9.9): due today or within the configured working
    /// days after today (5 by default). Due Wed 30 Dec 2026 is due soon from Mon 21 Dec 2026 (22, 23, 24, 29, 30 Dec).
    /// A PEP already past due is overdue instead.
    /// </summary>
    /// <exception cref="VirtualSchoolRuleViolation">The configured working days are not 1 to 20.</exception>
    public static bool IsDueSoon(DateOnly dueOn, DateOnly today, PepDeadlineOptions options) =>
        dueOn >= today && dueOn <= DueSoonUntil(today, options);

    /// <summary>The last due date that is due soon today.</summary>
    public static DateOnly DueSoonUntil(DateOnly today, PepDeadlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.DueSoonWorkingDays is < 1 or > LongestDueSoonWorkingDays)
        {
            throw new VirtualSchoolRuleViolation(
                $"A PEP is due soon 1 to {LongestDueSoonWorkingDays} working days before its due date; {options.DueSoonWorkingDays} was configured.");
        }

        return WorkingDayCalendar.EnglandAndWales.AddWorkingDays(today, options.DueSoonWorkingDays);
    }
}
