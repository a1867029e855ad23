namespace CorporateParenting.Messaging.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Messaging:Outbox";

    public int BatchSize { get; set; } = 50;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Failed publishes of one row (while the broker is up) before the row is parked.</summary>
    public int MaxAttempts { get; set; } = 5;

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}
