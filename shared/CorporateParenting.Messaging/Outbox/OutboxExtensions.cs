using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Messaging.Outbox;

public static class OutboxExtensions
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Queues an integration event in the outbox of <paramref name="db"/>. It is stored by the caller's next
    /// <c>SaveChangesAsync</c>, in the same transaction as the state change, and published after commit.
    /// </summary>
    public static OutboxMessage AddIntegrationEvent<TEvent>(this DbContext db, TEvent integrationEvent) where TEvent : class
    {
        var message = new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            OccurredAt = DateTimeOffset.UtcNow,
            // The runtime type, so an event passed as object (chosen at run time) is stored as what it is.
            MessageType = ContractRegistry.NameOf(integrationEvent.GetType()),
            Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Json),
            TraceParent = Activity.Current?.Id,
        };
        db.Set<OutboxMessage>().Add(message);
        return message;
    }
}
