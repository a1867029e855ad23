namespace CorporateParenting.Messaging.Inbox;

/// <summary>Marks that a consumer has handled a message; its key (message id, consumer) makes redelivery a no-op.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }
    public required string Consumer { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
}
