using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CorporateParenting.Messaging.Outbox;

/// <summary>
/// Raises <see cref="OutboxSignal"/> once outbox rows are committed: right after SaveChanges, or, when the caller
/// saved inside its own transaction, when that transaction commits.
/// </summary>
public sealed class OutboxSignalInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _savingOutboxRows = [];

    internal ConditionalWeakTable<DbContext, object> AwaitingCommit { get; } = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context
            && context.ChangeTracker.Entries<OutboxMessage>().Any(entry => entry.State == EntityState.Added))
        {
            _savingOutboxRows.AddOrUpdate(context, context);
        }
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _savingOutboxRows.Remove(context))
        {
            if (context.Database.CurrentTransaction is null)
            {
                signal.Notify();
            }
            else
            {
                AwaitingCommit.AddOrUpdate(context, context);
            }
        }
        return ValueTask.FromResult(result);
    }
}

/// <summary>The commit half of <see cref="OutboxSignalInterceptor"/>.</summary>
public sealed class OutboxCommitInterceptor(OutboxSignalInterceptor saves, OutboxSignal signal) : DbTransactionInterceptor
{
    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && saves.AwaitingCommit.Remove(context))
        {
            signal.Notify();
        }
        return Task.CompletedTask;
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            saves.AwaitingCommit.Remove(context);
        }
        return Task.CompletedTask;
    }
}
