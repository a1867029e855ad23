using CorporateParenting.Calendar;

namespace Notifications.Domain.Outbound;

/// <summary>
/// When a notice to the area authority is due (CPPCR regs 13 and 14; docs/out-of-area.md §2, §3), in England and Wales
/// working days counted from the day after (convention 1, docs/calendar.md §1): notice of a placement before it starts
/// (a notice on the start day itself is on time, as convention 9 reads "after the start" for notices we receive), or
/// within 5 working days of an emergency placement's start; notice that a placement is to end before it ends, or within
/// 10 working days of an end no one could give notice of. Overdue from the day after the day due.
/// </summary>
public sealed class NoticeDeadlines(WorkingDayCalendar calendar)
{
    public const int EmergencyWorkingDays = 5;
    public const int UnplannedEndWorkingDays = 10;

    /// <summary>Planned, starting Mon 7 Sep 2026: due that day. Emergency, Thu 24 Dec 2026: due Tue 5 Jan 2027.</summary>
    public DateOnly PlacementNoticeDue(DateOnly startsOn, bool isEmergency) =>
        isEmergency ? calendar.AddWorkingDays(startsOn, EmergencyWorkingDays) : startsOn;

    /// <summary>Planned, ending Fri 4 Jun 2027: due that day. Unplanned, Wed 22 Dec 2027: due Mon 10 Jan 2028.</summary>
    public DateOnly EndNoticeDue(DateOnly endsOn, bool wasPlanned) =>
        wasPlanned ? endsOn : calendar.AddWorkingDays(endsOn, UnplannedEndWorkingDays);

    public static bool IsOverdue(DateOnly dueOn, DateOnly today) => today > dueOn;
}
