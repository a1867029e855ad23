namespace CorporateParenting.Messaging.Outbox;

/// <summary>
/// An integration event waiting to be published. Written in the same SaveChanges as the state change it
/// announces; its <see cref="Id"/> becomes the MassTransit MessageId, which consumers' inboxes key on.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public required string MessageType { get; init; }
    public required string Payload { get; init; }
    public string? TraceParent { get; init; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>Set after repeated failures: the row stops being retried so it cannot block the rest.</summary>
    public DateTimeOffset? ParkedAt { get; set; }
}
