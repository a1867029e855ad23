using CorporateParenting.Calendar;

namespace Notifications.Api.Model;

/// <summary>
/// Convention 9 (docs/conventions.md): a planned placement's notice is late if received after the start
/// date; an emergency placement's if received more than 5 working days after it.
/// </summary>
public sealed class NotificationLateness(WorkingDayCalendar calendar)
{
    public const int EmergencyWorkingDays = 5;

    public bool IsLate(DateOnly placementStartOn, bool isEmergency, DateOnly receivedOn) =>
        receivedOn > (isEmergency ? calendar.AddWorkingDays(placementStartOn, EmergencyWorkingDays) : placementStartOn);
}
