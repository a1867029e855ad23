using CorporateParenting.Calendar;

namespace Notifications.Domain.Acknowledgements;

/// <summary>
/// When a notice the host has not acknowledged goes on the worklist to be chased (docs/out-of-area.md §12): the given
/// number of working days after the day it was sent (convention 1: counted from the day after), so a notice sent on a
/// Friday with 2 working days is chased from the Tuesday. The number is the authority's choice, not a statutory limit.
/// </summary>
public sealed class AcknowledgementChase(WorkingDayCalendar calendar, int workingDays)
{
    public int WorkingDays { get; } = workingDays >= 1 ? workingDays : throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays, "at least 1 working day");

    public DateOnly ChaseFrom(DateOnly sentOn) => calendar.AddWorkingDays(sentOn, WorkingDays);

    public bool IsDue(DateOnly sentOn, DateOnly today) => today >= ChaseFrom(sentOn);
}
