using System.Collections.Concurrent;
using System.Diagnostics;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using MassTransit;

namespace CorporateParenting.Messaging.Tests;

/// <summary>An inbox-protected consumer whose effect is one row per handled message.</summary>
public sealed class EffectRecordingConsumer(LedgerDbContext db, TimeProvider clock)
    : IdempotentConsumer<ChildEnteredCare, LedgerDbContext>(db, clock)
{
    protected override Task HandleAsync(ChildEnteredCare message, CancellationToken cancellationToken)
    {
        Db.Effects.Add(new ConsumerEffect { ChildId = message.ChildId });
        return Task.CompletedTask;
    }
}

/// <summary>No inbox: counts every delivery by MessageId, so a row published twice shows up as 2.</summary>
public sealed class DeliveryCountingConsumer : IConsumer<ChildEnteredCare>
{
    public static readonly ConcurrentDictionary<Guid, int> Deliveries = new();

    public Task Consume(ConsumeContext<ChildEnteredCare> context)
    {
        Deliveries.AddOrUpdate(context.MessageId!.Value, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }
}

/// <summary>Records the trace each message was handled in, by MessageId (default when there was no activity).</summary>
public sealed class TraceRecordingConsumer : IConsumer<ChildEnteredCare>
{
    public static readonly ConcurrentDictionary<Guid, ActivityTraceId> TraceIds = new();

    public Task Consume(ConsumeContext<ChildEnteredCare> context)
    {
        TraceIds[context.MessageId!.Value] = Activity.Current?.TraceId ?? default;
        return Task.CompletedTask;
    }
}

/// <summary>Always throws, counting attempts, to show bounded retry and the move to the _error queue.</summary>
public sealed class AlwaysFailingConsumer : IConsumer<ChildEnteredCare>
{
    public static readonly ConcurrentDictionary<Guid, int> Attempts = new();

    public Task Consume(ConsumeContext<ChildEnteredCare> context)
    {
        Attempts.AddOrUpdate(context.MessageId!.Value, 1, (_, count) => count + 1);
        throw new InvalidOperationException("This consumer always fails.");
    }
}

/// <summary>Counts finished consumptions (successful or faulted) of each message, so tests can wait for redeliveries to be handled.</summary>
public sealed class ConsumptionCounter : IConsumeObserver
{
    public static readonly ConcurrentDictionary<Guid, int> Finished = new();

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class => Count(context);

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Count(context);

    private static Task Count(ConsumeContext context)
    {
        Finished.AddOrUpdate(context.MessageId!.Value, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }
}
