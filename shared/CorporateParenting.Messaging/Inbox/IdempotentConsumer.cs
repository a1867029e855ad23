using CorporateParenting.ServiceDefaults.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Messaging.Inbox;

/// <summary>
/// Base of every consumer: a message already in the inbox for this consumer is acknowledged and skipped;
/// otherwise the handler's changes, the inbox marker and any outbox rows it queued commit in one SaveChanges.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TContext>(TContext db, TimeProvider clock) : IConsumer<TMessage>
    where TMessage : class
    where TContext : DbContext
{
    protected TContext Db { get; } = db;

    protected TimeProvider Clock { get; } = clock;

    /// <summary>Stable across deployments: the inbox key must not change when the class is moved.</summary>
    protected virtual string ConsumerName => GetType().Name;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId; it cannot be de-duplicated.");

        // One transaction for the handler's changes, anything it writes directly (e.g. audit rows) and the inbox marker.
        await using var transaction = await Db.Database.BeginTransactionAsync(context.CancellationToken);
        if (await Db.Set<InboxMessage>().AnyAsync(m => m.MessageId == messageId && m.Consumer == ConsumerName, context.CancellationToken))
        {
            return;
        }

        await HandleAsync(context.Message, context.CancellationToken);
        Db.Set<InboxMessage>().Add(new InboxMessage { MessageId = messageId, Consumer = ConsumerName, ProcessedAt = Clock.GetUtcNow() });
        try
        {
            await Db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
        }
        catch (DbUpdateException exception) when (IsDuplicateInboxRow(exception))
        {
            // A concurrent delivery of the same message committed first: its effect stands, ours is discarded.
            await transaction.RollbackAsync(context.CancellationToken);
            Db.ChangeTracker.Clear();
        }
    }

    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);

    private static bool IsDuplicateInboxRow(DbUpdateException exception) =>
        exception.IsUniqueViolation(InboxMessageConfiguration.Table);
}
