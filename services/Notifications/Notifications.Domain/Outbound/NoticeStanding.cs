namespace Notifications.Domain.Outbound;

/// <summary>Where an owed notice stands on a day: sent on time; late (sent late, or unsent after the day due); or unsent and still able to be on time.</summary>
public enum NoticeStanding
{
    Pending,
    OnTime,
    Late,
}
