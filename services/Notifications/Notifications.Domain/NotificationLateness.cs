using Notifications.Domain.Outbound;

namespace Notifications.Domain;

/// <summary>
/// Convention 9 (docs/conventions.md): a partner's notice of a placement is late if it reaches us after the day it was
/// due by <see cref="NoticeDeadlines.PlacementNoticeDue"/> — after the start for a planned placement, more than 5
/// working days after it for an emergency one. Sources: CPPCR regs 11 and 13 (docs/out-of-area.md §2).
/// </summary>
public sealed class NotificationLateness(NoticeDeadlines deadlines)
{
    public bool IsLate(DateOnly placementStartOn, bool isEmergency, DateOnly receivedOn) =>
        NoticeDeadlines.IsOverdue(deadlines.PlacementNoticeDue(placementStartOn, isEmergency), receivedOn);
}
