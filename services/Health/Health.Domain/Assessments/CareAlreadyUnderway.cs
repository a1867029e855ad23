using CorporateParenting.Calendar;

namespace Health.Domain;

/// <summary>
/// The first item of a period of care Health learns of from Placements' record of the child (a read-model rebuild: the
/// caseload an authority brings with it at go-live, or any child whose events Health never received) instead of from
/// <c>ChildEnteredCare</c>. Our rule (docs/health.md §8).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Nothing where an entry to care would open nothing (<see cref="InitialHealthAssessment.OnEntryToCare"/>): a
/// period of short breaks (V3/V4), or one that has ended.</item>
/// <item>The Initial Health Assessment, exactly as on entry to care, while its deadline (20 working days after the child
/// became looked after, convention 3) is on or after the day Health learns of the period: the child entered care
/// recently, and the IHA can still be done in time.</item>
/// <item>Otherwise the health history to be recorded: the care began more than 20 working days before, counted as the
/// IHA counts them, so its IHA fell due before Health knew of the child. An IHA opened now would be overdue on its first
/// day, for an assessment that was most likely done and only not recorded here. The history item is due
/// <see cref="HistoryDueWithinWorkingDays"/> working days after the day Health learnt of the period.</item>
/// </list>
/// </remarks>
public sealed class CareAlreadyUnderway
{
    /// <summary>Our choice: the same allowance as an IHA, counted from the day Health learnt of the period.</summary>
    public const int HistoryDueWithinWorkingDays = 20;

    private readonly InitialHealthAssessment _initialHealthAssessment;
    private readonly WorkingDayCalendar _calendar;

    public CareAlreadyUnderway(InitialHealthAssessment initialHealthAssessment, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(initialHealthAssessment);
        ArgumentNullException.ThrowIfNull(calendar);
        _initialHealthAssessment = initialHealthAssessment;
        _calendar = calendar;
    }

    /// <param name="lookedAfterSince">The start of the period of care.</param>
    /// <param name="legalStatusAtStart">The legal status of the period's first episode (SSDA903 code).</param>
    /// <param name="periodEndedOn">The period's end, if it has ended.</param>
    /// <param name="learntOn">The day Health learnt of the period: the day the rebuild began.</param>
    /// <returns>The item to open, or null when the period opens none.</returns>
    public FirstHealthItem? FirstItem(DateOnly lookedAfterSince, string legalStatusAtStart, DateOnly? periodEndedOn, DateOnly learntOn)
    {
        if (_initialHealthAssessment.OnEntryToCare(lookedAfterSince, legalStatusAtStart, periodEndedOn) is not { } iha)
        {
            return null;
        }
        return iha.DueOn >= learntOn
            ? FirstHealthItem.Initial(iha)
            : FirstHealthItem.HistoryToRecord(lookedAfterSince, _calendar.AddWorkingDays(learntOn, HistoryDueWithinWorkingDays));
    }

    /// <summary>
    /// Whether a period counts as short breaks, as Placements' events would have left the flag (docs/health.md,
    /// "Differences from the source"): it starts with V3 or V4, and no later placement change carried another status.
    /// </summary>
    /// <param name="legalStatusAtStart">The legal status of the period's first episode.</param>
    /// <param name="legalStatusesAtLaterPlacements">The legal status of each later episode that began a new placement.</param>
    public static bool IsShortBreaks(string legalStatusAtStart, IEnumerable<string> legalStatusesAtLaterPlacements) =>
        InitialHealthAssessment.IsShortBreaks(legalStatusAtStart) && legalStatusesAtLaterPlacements.All(InitialHealthAssessment.IsShortBreaks);
}
