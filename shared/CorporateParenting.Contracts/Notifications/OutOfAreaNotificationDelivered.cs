namespace CorporateParenting.Contracts.Notifications;

/// <summary>
/// A notice to a host authority reached it (docs/out-of-area.md §11): the partner's endpoint accepted the signed
/// request. Published once per delivery.
/// </summary>
/// <param name="Notice"><c>placement</c> or <c>end</c>.</param>
/// <param name="Channel"><c>webhook</c> or <c>email</c>.</param>
public sealed record OutOfAreaNotificationDelivered(
    Guid NotificationId, Guid ChildId, string HostAuthorityCode, string Notice, string Channel, int Attempts, DateTimeOffset DeliveredAt);
