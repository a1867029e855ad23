using CorporateParenting.Calendar;

namespace LeavingCare.Domain.PathwayPlans;

/// <summary>
/// The pathway plan's dates (docs/leaving-care.md §5), in calendar months (.NET AddMonths: a day the month lacks becomes
/// its last day). The needs assessment of an eligible child is due 3 months after the 16th birthday (CPPCR reg 42); for
/// one who becomes eligible after it, 3 months after becoming eligible (platform choice: the regulation's period, from
/// the day the duty arises). A plan is reviewed at least every 6 months from the last review or, before the first
/// review, from the plan's date; a review asked for sooner is due when asked.
/// </summary>
public static class PathwayPlanDeadlines
{
    public const int AssessmentMonths = 3;
    public const int ReviewMonths = 6;

    /// <summary>Born 31 May 2009, eligible from the 16th birthday: due 31 Aug 2025. Eligible from 11 Mar 2025 at 16: due 11 Jun 2025.</summary>
    public static DateOnly NeedsAssessmentDue(DateOnly dateOfBirth, DateOnly eligibleFrom)
    {
        var sixteenth = Birthdays.Nth(dateOfBirth, 16);
        return CalendarMonths.Add(eligibleFrom > sixteenth ? eligibleFrom : sixteenth, AssessmentMonths);
    }

    /// <summary>Last reviewed 31 Aug 2025: due 28 Feb 2026. A review asked for earlier than that is due on the day asked for.</summary>
    public static DateOnly ReviewDue(DateOnly lastReviewedOrPlanned, DateOnly? askedFor = null)
    {
        var sixMonths = CalendarMonths.Add(lastReviewedOrPlanned, ReviewMonths);
        return askedFor is { } asked && asked > lastReviewedOrPlanned && asked < sixMonths ? asked : sixMonths;
    }

    /// <summary>Overdue from the day after it is due.</summary>
    public static bool IsOverdue(DateOnly dueOn, DateOnly today) => today > dueOn;
}
