using CorporateParenting.Calendar;
using Microsoft.Extensions.Options;

namespace Health.Api.Model;

/// <summary>
/// Deadlines of an Initial Health Assessment, counted in England and Wales working days from the date the
/// child became looked after, that date itself not counted (shared/domain/README.md conventions 1 and 3).
/// </summary>
public sealed class InitialHealthAssessmentSchedule(WorkingDayCalendar calendar, IOptions<AssessmentDeadlineOptions> options)
{
    /// <summary>Statutory: the IHA must be done within 20 working days of the child becoming looked after.</summary>
    public const int DueWithinWorkingDays = 20;

    public DateOnly DueOn(DateOnly lookedAfterSince) => calendar.AddWorkingDays(lookedAfterSince, DueWithinWorkingDays);

    public DateOnly RequestToProviderDueOn(DateOnly lookedAfterSince) =>
        calendar.AddWorkingDays(lookedAfterSince, options.Value.RequestToProviderWorkingDays);
}
