namespace Notifications.Domain.Outbound;

/// <summary>Where an outbound notification stands (docs/out-of-area.md §7): intent → placed → ended, or intent → withdrawn.</summary>
public enum OutboundState
{
    Intent,
    Placed,
    Ended,
    Withdrawn,
}

/// <summary>
/// One of our children's placements in another authority's area, as the notices to that authority see it
/// (docs/out-of-area.md §7): an intent recorded before it starts (notice due by the planned start), or a placement an
/// event told us of (due by the start, or 5 working days after it in an emergency); ended by a move or the end of care
/// (notice due by the end when an intention to end was recorded ahead, otherwise 10 working days after), or an
/// intent withdrawn. <see cref="Confirm"/>, <see cref="End"/> and <see cref="Withdraw"/> give the next state, or say
/// why the step is not allowed.
/// </summary>
public sealed record OutboundPlacement(
    OutboundState State,
    DateOnly StartsOn,
    bool IsEmergency,
    DateOnly PlacementNoticeDue,
    DateOnly? EndIntendedOn = null,
    DateOnly? EndedOn = null,
    DateOnly? EndNoticeDue = null)
{
    public static OutboundPlacement Intended(DateOnly plannedStart, NoticeDeadlines deadlines) =>
        new(OutboundState.Intent, plannedStart, IsEmergency: false, deadlines.PlacementNoticeDue(plannedStart, isEmergency: false));

    public static OutboundPlacement Placed(DateOnly startsOn, bool isEmergency, NoticeDeadlines deadlines) =>
        new(OutboundState.Placed, startsOn, isEmergency, deadlines.PlacementNoticeDue(startsOn, isEmergency));

    /// <summary>The placement an intent was for has started: the notice stays due by the planned start, or as an emergency placement's if it was one.</summary>
    public OutboundPlacement Confirm(DateOnly startsOn, bool isEmergency, NoticeDeadlines deadlines) => State switch
    {
        OutboundState.Intent => this with
        {
            State = OutboundState.Placed, StartsOn = startsOn, IsEmergency = isEmergency,
            PlacementNoticeDue = isEmergency ? deadlines.PlacementNoticeDue(startsOn, true) : PlacementNoticeDue < startsOn ? PlacementNoticeDue : startsOn,
        },
        _ => this,
    };

    /// <summary>The placement ended on <paramref name="endedOn"/> (a move, or the end of care); an intent that never started cannot end.</summary>
    public OutboundPlacement End(DateOnly endedOn, NoticeDeadlines deadlines)
    {
        if (State != OutboundState.Placed || endedOn < StartsOn)
        {
            return this;
        }
        return this with { State = OutboundState.Ended, EndedOn = endedOn, EndNoticeDue = deadlines.EndNoticeDue(endedOn, wasPlanned: EndIntendedOn is not null) };
    }

    /// <summary>
    /// Placements corrected the day the placement started: the notice is due by the corrected start (or 5 working days
    /// after it in an emergency). An intent is ours, not Placements', and is left as it is.
    /// </summary>
    public OutboundPlacement StartCorrected(DateOnly startsOn, NoticeDeadlines deadlines) =>
        State is OutboundState.Placed or OutboundState.Ended
            ? this with { StartsOn = startsOn, PlacementNoticeDue = deadlines.PlacementNoticeDue(startsOn, IsEmergency) }
            : this;

    /// <summary>
    /// Placements corrected the day the placement ended: the end notice is due from the corrected day; corrected to none,
    /// the placement goes on, and no end notice is owed unless an end is intended.
    /// </summary>
    public OutboundPlacement EndCorrected(DateOnly? endedOn, NoticeDeadlines deadlines) => (State, endedOn) switch
    {
        (OutboundState.Ended, null) => this with { State = OutboundState.Placed, EndedOn = null, EndNoticeDue = null },
        (OutboundState.Ended, { } day) when day >= StartsOn => this with { EndedOn = day, EndNoticeDue = deadlines.EndNoticeDue(day, wasPlanned: EndIntendedOn is not null) },
        _ => this,
    };

    /// <summary>
    /// Whether the <c>placement</c> or <c>end</c> notice may go, whoever sends it (the platform, or staff by other means):
    /// not for a withdrawn intent; a placement notice only with what reg 13(4) requires; an end notice only once the
    /// end is intended or has happened (reg 14).
    /// </summary>
    public string? ProblemWithSending(string notice, NoticeContent content) => notice switch
    {
        _ when State == OutboundState.Withdrawn => "A withdrawn intent's notice is not sent.",
        "placement" when content.MissingForPlacementNotice() is { Count: > 0 } missing =>
            $"The notice of a placement needs {string.Join(", ", missing)} (reg 13(4)) before it is sent.",
        "end" when State != OutboundState.Ended && EndIntendedOn is null => "An end notice follows an intention to end or the end itself; neither is recorded.",
        _ => null,
    };

    /// <summary>An intent that will not become a placement is closed as withdrawn.</summary>
    public string? ProblemWithWithdrawing() => State == OutboundState.Intent ? null : $"Only an intent can be withdrawn; this notification is {State.ToString().ToLowerInvariant()}.";

    public OutboundPlacement Withdraw() => State == OutboundState.Intent ? this with { State = OutboundState.Withdrawn } : this;

    /// <summary>An intention to end recorded ahead: the end notice is then due by that day (notice of intention, reg 14).</summary>
    public string? ProblemWithIntendingToEnd(DateOnly endsOn, DateOnly today) =>
        State != OutboundState.Placed ? $"Only a placement that has started can be given an end; this notification is {State.ToString().ToLowerInvariant()}."
        : endsOn < today ? $"endsOn ({endsOn:yyyy-MM-dd}) is before today: an intention to end is recorded before the end."
        : endsOn < StartsOn ? $"endsOn ({endsOn:yyyy-MM-dd}) is before the placement started ({StartsOn:yyyy-MM-dd})."
        : null;
}
