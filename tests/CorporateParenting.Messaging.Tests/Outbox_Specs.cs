using CorporateParenting.Messaging.Outbox;
using CorporateParenting.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Messaging.Tests;

[Collection(MessagingCollection.Name)]
public sealed class Outbox_Specs(InfrastructureFixture fixture) : IAsyncLifetime
{
    private string _database = null!;

    public async Task InitializeAsync() => _database = await fixture.CleanDatabaseAsync("messaging_tests");

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<MessagingHost> StartHostAsync(Action<IBusRegistrationConfigurator> consumers, int maxAttempts = 5) =>
        MessagingHost.StartAsync(_database, fixture.Infrastructure.RabbitMqUri, "outbox-" + Guid.NewGuid().ToString("N")[..8], consumers, maxAttempts);

    [Fact]
    public async Task A_state_change_and_its_event_are_stored_together_and_a_failed_save_stores_neither()
    {
        await using var host = await StartHostAsync(_ => { });
        await host.InScopeAsync(async db =>
        {
            db.Entries.Add(new LedgerEntry { Reference = "R-1" });
            db.AddIntegrationEvent(Events.ChildEnteredCare());
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DbUpdateException>(() => host.InScopeAsync(async db =>
        {
            db.Entries.Add(new LedgerEntry { Reference = "R-1" }); // unique violation
            db.AddIntegrationEvent(Events.ChildEnteredCare());
            return await db.SaveChangesAsync();
        }));

        var (entries, events) = await host.InScopeAsync(async db =>
            (await db.Entries.CountAsync(), await db.Set<OutboxMessage>().CountAsync()));
        Assert.Equal(1, entries);
        Assert.Equal(1, events);
    }

    [Fact]
    public async Task Events_written_while_the_broker_is_down_are_all_delivered_after_it_restarts()
    {
        await using var host = await StartHostAsync(bus => bus.AddConsumer<DeliveryCountingConsumer>());
        await fixture.Infrastructure.StopBrokerAsync();
        try
        {
            for (var i = 0; i < 20; i++)
            {
                await host.InScopeAsync(db =>
                {
                    db.Entries.Add(new LedgerEntry { Reference = $"down-{i}" });
                    db.AddIntegrationEvent(Events.ChildEnteredCare());
                    return db.SaveChangesAsync();
                });
            }
            await Task.Delay(TimeSpan.FromSeconds(2)); // the dispatcher runs and backs off meanwhile
            var pending = await host.InScopeAsync(db => db.Set<OutboxMessage>().Where(m => m.DispatchedAt == null).ToListAsync());
            Assert.Equal(20, pending.Count);
            Assert.All(pending, row => Assert.Equal(0, row.Attempts)); // an outage is not the rows' fault
        }
        finally
        {
            await fixture.Infrastructure.StartBrokerAsync();
        }

        var ids = await host.InScopeAsync(db => db.Set<OutboxMessage>().Select(m => m.Id).ToListAsync());
        await Eventually.ReturnsAsync(
            () => Task.FromResult(ids.Count(id => DeliveryCountingConsumer.Deliveries.ContainsKey(id))),
            delivered => delivered == 20,
            "all 20 events to be delivered after the broker restarted",
            TimeSpan.FromSeconds(90));
        Assert.All(ids, id => Assert.Equal(1, DeliveryCountingConsumer.Deliveries[id]));
    }

    [Fact]
    public async Task Several_dispatcher_instances_never_publish_a_row_twice()
    {
        const int rows = 600;
        await using var first = await StartHostAsync(bus => bus.AddConsumer<DeliveryCountingConsumer>());
        await using var second = await StartHostAsync(_ => { });
        await using var third = await StartHostAsync(_ => { });
        var ids = await first.InScopeAsync(async db =>
        {
            var messages = Enumerable.Range(0, rows).Select(_ => db.AddIntegrationEvent(Events.ChildEnteredCare())).ToList();
            await db.SaveChangesAsync();
            return messages.Select(m => m.Id).ToList();
        });

        // Three hosts' background dispatchers plus three explicit flushes all compete for the same rows.
        var published = await Task.WhenAll(first.Outbox.DispatchPendingAsync(), second.Outbox.DispatchPendingAsync(), third.Outbox.DispatchPendingAsync());

        await Eventually.ReturnsAsync(
            () => Task.FromResult(ids.Count(id => DeliveryCountingConsumer.Deliveries.ContainsKey(id))),
            delivered => delivered == rows,
            $"all {rows} rows to be delivered",
            TimeSpan.FromSeconds(60));
        Assert.All(ids, id => Assert.Equal(1, DeliveryCountingConsumer.Deliveries[id]));
        Assert.True(published.Sum() <= rows);
        // A row is marked dispatched in a commit after its publish, so a consumer can see the message first.
        await Eventually.ReturnsAsync(
            () => first.InScopeAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DispatchedAt != null)),
            dispatched => dispatched == rows,
            $"all {rows} rows to be marked dispatched");
    }

    [Fact]
    public async Task A_row_that_keeps_failing_is_parked_without_blocking_the_rest()
    {
        await using var host = await StartHostAsync(bus => bus.AddConsumer<DeliveryCountingConsumer>(), maxAttempts: 3);
        var (poisonId, goodIds) = await host.InScopeAsync(async db =>
        {
            var poison = new OutboxMessage
            {
                Id = Guid.CreateVersion7(),
                OccurredAt = DateTimeOffset.UtcNow.AddMinutes(-1), // first in line
                MessageType = "CorporateParenting.Contracts.Placements.NoSuchEvent",
                Payload = "{}",
            };
            db.Set<OutboxMessage>().Add(poison);
            var good = Enumerable.Range(0, 5).Select(_ => db.AddIntegrationEvent(Events.ChildEnteredCare()).Id).ToList();
            await db.SaveChangesAsync();
            return (poison.Id, good);
        });

        var poisonRow = await Eventually.ReturnsAsync(
            () => host.InScopeAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == poisonId)),
            row => row.ParkedAt is not null,
            "the poison row to be parked");
        await Eventually.ReturnsAsync(
            () => Task.FromResult(goodIds.Count(DeliveryCountingConsumer.Deliveries.ContainsKey)),
            delivered => delivered == goodIds.Count,
            "the good rows to be delivered");

        Assert.Equal(3, poisonRow.Attempts);
        Assert.Null(poisonRow.DispatchedAt);
        Assert.Contains("NoSuchEvent", poisonRow.LastError);
    }
}
