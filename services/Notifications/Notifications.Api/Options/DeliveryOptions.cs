namespace Notifications.Api.Options;

/// <summary>
/// <c>Notifications:Delivery</c> (docs/out-of-area.md §11): how often pending deliveries are looked for, how long an
/// attempt may take, the wait before the first retry (doubling each time, at most <see cref="LongestWait"/>), and how
/// many attempts before a delivery is dead.
/// </summary>
public sealed class DeliveryOptions
{
    public const string Section = "Notifications:Delivery";

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan LongestWait { get; set; } = TimeSpan.FromHours(1);
    public int MaxAttempts { get; set; } = 8;
}
