using System.Collections.Concurrent;
using System.Diagnostics;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.Testing;

namespace CorporateParenting.Messaging.Tests;

[Collection(MessagingCollection.Name)]
public sealed class TraceContext_Specs(InfrastructureFixture fixture) : IAsyncLifetime
{
    private static readonly ActivitySource Test = new("CorporateParenting.Messaging.Tests");

    private readonly ConcurrentQueue<Activity> _stopped = new();
    private ActivityListener _listener = null!;
    private string _database = null!;

    public async Task InitializeAsync()
    {
        _database = await fixture.CleanDatabaseAsync("messaging_tests");
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "MassTransit" or "CorporateParenting.Messaging" || source == Test,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public Task DisposeAsync()
    {
        _listener.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_event_saved_in_a_trace_is_published_and_consumed_in_that_trace()
    {
        await using var host = await StartHostAsync();
        Guid messageId;
        ActivityContext request;
        using (var activity = Test.StartActivity("save with event"))
        {
            request = activity!.Context;
            messageId = await SaveEventAsync(host);
        }

        // The test activity has ended, so the dispatch (here or on the background dispatcher) can only get the trace from the row.
        Assert.Null(Activity.Current);
        await host.Outbox.DispatchPendingAsync();

        var consumedIn = await ConsumedInAsync(messageId);
        Assert.Equal(request.TraceId, consumedIn);
        var publish = await StoppedAsync(a => a.OperationName == "outbox publish ChildEnteredCare" && a.TraceId == request.TraceId);
        Assert.Equal(request.SpanId, publish.ParentSpanId);
        var send = await StoppedAsync(a => a.Source.Name == "MassTransit" && a.Kind == ActivityKind.Producer && a.TraceId == request.TraceId);
        Assert.Equal(publish.SpanId, send.ParentSpanId);
    }

    [Fact]
    public async Task An_event_saved_outside_any_trace_is_published_and_consumed_in_a_new_trace()
    {
        await using var host = await StartHostAsync();
        Assert.Null(Activity.Current);
        var messageId = await SaveEventAsync(host);

        await host.Outbox.DispatchPendingAsync();

        var consumedIn = await ConsumedInAsync(messageId);
        Assert.NotEqual(default, consumedIn);
        var publish = await StoppedAsync(a => a.OperationName == "outbox publish ChildEnteredCare" && a.TraceId == consumedIn);
        Assert.Equal(default, publish.ParentSpanId);
    }

    private Task<MessagingHost> StartHostAsync() =>
        MessagingHost.StartAsync(_database, fixture.Infrastructure.RabbitMqUri, "trace-" + Guid.NewGuid().ToString("N")[..8],
            bus => bus.AddConsumer<TraceRecordingConsumer>());

    private static Task<Guid> SaveEventAsync(MessagingHost host) => host.InScopeAsync(async db =>
    {
        db.Entries.Add(new LedgerEntry { Reference = Guid.NewGuid().ToString() });
        var message = db.AddIntegrationEvent(Events.ChildEnteredCare());
        await db.SaveChangesAsync();
        return message.Id;
    });

    private static async Task<ActivityTraceId> ConsumedInAsync(Guid messageId)
    {
        await Eventually.ReturnsAsync(
            () => Task.FromResult(TraceRecordingConsumer.TraceIds.ContainsKey(messageId)), consumed => consumed, "the event to be consumed");
        return TraceRecordingConsumer.TraceIds[messageId];
    }

    private async Task<Activity> StoppedAsync(Func<Activity, bool> match) =>
        (await Eventually.ReturnsAsync(
            () => Task.FromResult(_stopped.SingleOrDefault(match)), activity => activity is not null, "the activity to be recorded"))!;
}
