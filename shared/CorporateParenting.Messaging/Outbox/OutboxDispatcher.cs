using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Messaging.Outbox;

/// <summary>
/// Claims pending outbox rows with <c>FOR UPDATE SKIP LOCKED</c> (so several instances never take the same row),
/// publishes each with MessageId = row id, and records the outcome in the same transaction as the claim.
/// </summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBusControl bus,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : IOutboxDispatcher
    where TContext : DbContext
{
    internal static readonly ActivitySource Activity = new("CorporateParenting.Messaging");

    private readonly OutboxOptions _options = options.Value;

    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken = default)
    {
        var published = 0;
        while (true)
        {
            var batch = await DispatchBatchAsync(cancellationToken);
            published += batch.Published;
            if (batch.Claimed < _options.BatchSize || batch.Published < batch.Claimed)
            {
                return published;
            }
        }
    }

    private async Task<(int Claimed, int Published)> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        EnsureBrokerConnected();

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await db.Set<OutboxMessage>()
            .FromSqlRaw(
                $$"""
                SELECT * FROM {{OutboxMessageConfiguration.Table}}
                WHERE dispatched_at IS NULL AND parked_at IS NULL
                ORDER BY occurred_at
                LIMIT {0}
                FOR UPDATE SKIP LOCKED
                """,
                _options.BatchSize)
            .ToListAsync(cancellationToken);

        var published = 0;
        BrokerUnavailableException? brokerDown = null;
        foreach (var row in rows)
        {
            try
            {
                await PublishAsync(row, cancellationToken);
                row.DispatchedAt = clock.GetUtcNow();
                published++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                if (!IsBrokerConnected())
                {
                    // The broker went away mid-batch: not the row's fault, so no attempt is charged.
                    brokerDown = new BrokerUnavailableException("The broker became unavailable while publishing.", exception);
                    break;
                }
                RecordFailure(row, exception);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return brokerDown is null ? (rows.Count, published) : throw brokerDown;
    }

    private async Task PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        if (!ContractRegistry.TryResolve(row.MessageType, out var type))
        {
            throw new InvalidOperationException($"Unknown message type '{row.MessageType}'.");
        }
        var message = JsonSerializer.Deserialize(row.Payload, type, OutboxExtensions.Json)
            ?? throw new InvalidOperationException($"Outbox row {row.Id} has an empty payload.");

        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        using var activity = Activity.StartActivity($"outbox publish {type.Name}", ActivityKind.Producer, parent);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        await bus.Publish(message, type, context => context.MessageId = row.Id, timeout.Token);
    }

    private void RecordFailure(OutboxMessage row, Exception exception)
    {
        row.Attempts++;
        row.LastError = exception.Message;
        if (row.Attempts >= _options.MaxAttempts)
        {
            row.ParkedAt = clock.GetUtcNow();
            logger.LogError(exception, "Parked outbox message {MessageId} ({MessageType}) after {Attempts} failed attempts",
                row.Id, row.MessageType, row.Attempts);
        }
        else
        {
            logger.LogWarning(exception, "Publishing outbox message {MessageId} failed (attempt {Attempts})", row.Id, row.Attempts);
        }
    }

    private void EnsureBrokerConnected()
    {
        if (!IsBrokerConnected())
        {
            throw new BrokerUnavailableException("The message broker is not connected.");
        }
    }

    private bool IsBrokerConnected() => bus.CheckHealth().Status == BusHealthStatus.Healthy;

    /// <summary>Deletes rows published longer ago than the retention period.</summary>
    public async Task<int> PurgeDispatchedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var cutoff = clock.GetUtcNow() - _options.Retention;
        return await db.Set<OutboxMessage>()
            .Where(row => row.DispatchedAt != null && row.DispatchedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
