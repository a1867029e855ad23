using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CorporateParenting.Messaging.Outbox;

/// <summary>Raises <see cref="OutboxSignal"/> after a SaveChanges that stored outbox rows has committed.</summary>
public sealed class OutboxSignalInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _savingOutboxRows = [];

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
        // Inside an explicit transaction the rows are not visible yet; the dispatcher's next poll picks them up after commit.
        if (eventData.Context is { } context && _savingOutboxRows.Remove(context) && context.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }
        return ValueTask.FromResult(result);
    }
}
