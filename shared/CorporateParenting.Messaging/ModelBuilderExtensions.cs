using CorporateParenting.Messaging.Inbox;
using CorporateParenting.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Messaging;

public static class ModelBuilderExtensions
{
    /// <summary>Adds the outbox and inbox tables to a service's own model, so they arrive through its migrations.</summary>
    public static ModelBuilder ApplyOutboxAndInbox(this ModelBuilder modelBuilder) =>
        modelBuilder
            .ApplyConfiguration(new OutboxMessageConfiguration())
            .ApplyConfiguration(new InboxMessageConfiguration());
}
