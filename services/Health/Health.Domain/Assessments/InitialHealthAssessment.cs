using CorporateParenting.Calendar;

namespace Health.Domain;

/// <summary>
/// Whether a child's entry to care opens an Initial Health Assessment, and when it and the request for it are due.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>None for an agreed series of short breaks, legal status V3 or V4 (docs/health.md §2; not decided nationally,
/// so ours). The period counts as short breaks from its start.</item>
/// <item>None when the period's end is already known as its start arrives (events delivered out of order): the
/// child has left care, and an IHA opened now would only be cancelled.</item>
/// <item>Due 20 working days after the child became looked after, that day not counted (statutory guidance
/// "Promoting the health and wellbeing of looked-after children", 2015; docs/conventions.md conventions 1 and 3),
/// in England and Wales working days.</item>
/// <item>The request to the health provider is due after 5 working days by default: local practice, not statute,
/// configured.</item>
/// </list>
/// </remarks>
public sealed class InitialHealthAssessment
{
    /// <summary>Statutory: the IHA must be done within 20 working days of the child becoming looked after.</summary>
    public const int DueWithinWorkingDays = 20;

    /// <summary>Local practice, not statute: when the health provider is asked for the IHA.</summary>
    public const int DefaultRequestToProviderWorkingDays = 5;

    private readonly WorkingDayCalendar _calendar;
    private readonly int _requestToProviderWorkingDays;

    public InitialHealthAssessment(WorkingDayCalendar calendar, int requestToProviderWorkingDays = DefaultRequestToProviderWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfLessThan(requestToProviderWorkingDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(requestToProviderWorkingDays, DueWithinWorkingDays);
        _calendar = calendar;
        _requestToProviderWorkingDays = requestToProviderWorkingDays;
    }

    public static bool IsShortBreaks(string legalStatus) => legalStatus is "V3" or "V4";

    /// <param name="lookedAfterSince">The day the child entered care.</param>
    /// <param name="legalStatus">The legal status at entry (SSDA903 code, e.g. C2, V2, V3).</param>
    /// <param name="periodEndedOn">The period's end, if already recorded.</param>
    /// <returns>The IHA's deadlines, or null when this entry opens none.</returns>
    public Deadlines? OnEntryToCare(DateOnly lookedAfterSince, string legalStatus, DateOnly? periodEndedOn)
    {
        if (periodEndedOn is not null || IsShortBreaks(legalStatus))
        {
            return null;
        }
        return new Deadlines(lookedAfterSince, DueOn(lookedAfterSince), RequestToProviderDueOn(lookedAfterSince));
    }

    /// <summary>Counted from the day the child became looked after, that day not counted (conventions 1 and 3).</summary>
    public DateOnly DueOn(DateOnly lookedAfterSince) => _calendar.AddWorkingDays(lookedAfterSince, DueWithinWorkingDays);

    public DateOnly RequestToProviderDueOn(DateOnly lookedAfterSince) =>
        _calendar.AddWorkingDays(lookedAfterSince, _requestToProviderWorkingDays);

    /// <summary>An IHA to open: the start of the period of care it belongs to, its deadline and the request's.</summary>
    public sealed record Deadlines(DateOnly LookedAfterSince, DateOnly DueOn, DateOnly RequestToProviderDueOn);
}
