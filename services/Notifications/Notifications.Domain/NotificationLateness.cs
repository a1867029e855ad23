using CorporateParenting.Calendar;

namespace Notifications.Domain;

/// <summary>
/// Convention 9 (docs/conventions.md): a planned placement's notice is late if received after the start
/// date; an emergency placement's if received more than 5 working days after it, counted in England and Wales
/// working days from the day after the start (convention 1, docs/calendar.md §1). Sources: CPPCR regs 11 and 13
/// (docs/out-of-area.md §2).
/// </summary>
public sealed class NotificationLateness(WorkingDayCalendar calendar)
{
    public const int EmergencyWorkingDays = 5;

    public bool IsLate(DateOnly placementStartOn, bool isEmergency, DateOnly receivedOn) =>
        receivedOn > (isEmergency ? calendar.AddWorkingDays(placementStartOn, EmergencyWorkingDays) : placementStartOn);
}
