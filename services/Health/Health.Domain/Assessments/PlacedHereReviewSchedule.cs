using CorporateParenting.Calendar;

namespace Health.Domain;

/// <summary>
/// When another authority places a child here and asks for our review health assessments, the first review is due
/// by convention 4 from the last health assessment the notification gives (6 or 12 calendar months by age), or,
/// when it gives none, within the IHA's own window of 20 working days after the child arrived (our choice: no
/// statutory date applies; docs/health.md §2 and §3, docs/out-of-area.md §6).
/// </summary>
public static class PlacedHereReviewSchedule
{
    public static DateOnly FirstReviewDue(DateOnly dateOfBirth, DateOnly? lastHealthAssessmentOn, DateOnly placedOn, WorkingDayCalendar calendar) =>
        lastHealthAssessmentOn is { } last
            ? ReviewHealthAssessmentSchedule.NextDue(dateOfBirth, last)
            : calendar.AddWorkingDays(placedOn, InitialHealthAssessment.DueWithinWorkingDays);
}
