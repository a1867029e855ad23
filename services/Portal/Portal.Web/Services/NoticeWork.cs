namespace Portal.Web.Services;

/// <summary>
/// A notice to a host authority that our notifications team has to act on (<c>GET /api/notifications/outbound/worklist</c>):
/// <see cref="Send"/> it (due by <see cref="DueOn"/>, lacking <see cref="Missing"/>), or <see cref="Chase"/> the host's
/// acknowledgement of it (sent on <see cref="SentOn"/>, unacknowledged since <see cref="DueOn"/>).
/// </summary>
public sealed record OutboundWorkItem(
    Guid NotificationId, string GivenName, string FamilyName, string HostAuthorityCode, string Notice, string Action, DateOnly DueOn,
    bool IsOverdue, IReadOnlyList<string> Missing, DateOnly? SentOn)
{
    public const string Send = "send";
    public const string Chase = "chase";

    public const string Route = "/api/notifications/outbound";
    public const string WorklistRoute = Route + "/worklist";

    public string Child => $"{GivenName} {FamilyName}";
}

/// <summary>One outbound notification, read only to name the child and host of a delivery (<c>GET /api/notifications/outbound/{id}</c>).</summary>
public sealed record OutboundNotification(Guid Id, string GivenName, string FamilyName, string HostAuthorityCode);

/// <summary>A notice on its way to a host, delivered, or dead after its last attempt failed (<c>/api/notifications/outbound/deliveries</c>).</summary>
public sealed record NoticeDelivery(
    long Id, Guid NotificationId, string Notice, string Channel, string State, int Attempts, DateTimeOffset? NextAttemptAt, string? LastError,
    DateTimeOffset? DeliveredAt, DateTimeOffset CreatedAt)
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Dead = "dead";

    public const string Route = OutboundWorkItem.Route + "/deliveries";
}

/// <summary>A partner authority in the notifications team's directory (<c>GET /api/notifications/partners</c>): its name and channel.</summary>
public sealed record PartnerAuthority(string AuthorityCode, string Name, string Channel)
{
    public const string Route = "/api/notifications/partners";
}
