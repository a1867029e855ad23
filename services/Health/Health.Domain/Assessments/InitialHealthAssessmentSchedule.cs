using CorporateParenting.Calendar;

namespace Health.Domain;

/// <summary>
/// Deadlines of an Initial Health Assessment, counted in working days from the date the child became
/// looked after, that date itself not counted (docs/conventions.md conventions 1 and 3).
/// </summary>
public sealed class InitialHealthAssessmentSchedule
{
    /// <summary>Statutory: the IHA must be done within 20 working days of the child becoming looked after.</summary>
    public const int DueWithinWorkingDays = 20;

    /// <summary>Local practice, not statute: when the health provider is asked for the IHA.</summary>
    public const int DefaultRequestToProviderWorkingDays = 5;

    private readonly WorkingDayCalendar _calendar;
    private readonly int _requestToProviderWorkingDays;

    public InitialHealthAssessmentSchedule(WorkingDayCalendar calendar, int requestToProviderWorkingDays = DefaultRequestToProviderWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfLessThan(requestToProviderWorkingDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(requestToProviderWorkingDays, DueWithinWorkingDays);
        _calendar = calendar;
        _requestToProviderWorkingDays = requestToProviderWorkingDays;
    }

    public DateOnly DueOn(DateOnly lookedAfterSince) => _calendar.AddWorkingDays(lookedAfterSince, DueWithinWorkingDays);

    public DateOnly RequestToProviderDueOn(DateOnly lookedAfterSince) =>
        _calendar.AddWorkingDays(lookedAfterSince, _requestToProviderWorkingDays);
}
