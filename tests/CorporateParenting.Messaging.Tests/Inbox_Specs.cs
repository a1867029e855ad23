using CorporateParenting.Messaging.Inbox;
using CorporateParenting.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using RabbitMQ.Client;

namespace CorporateParenting.Messaging.Tests;

[Collection(MessagingCollection.Name)]
public sealed class Inbox_Specs(InfrastructureFixture fixture) : IAsyncLifetime
{
    private string _database = null!;

    public async Task InitializeAsync() => _database = await fixture.CleanDatabaseAsync("messaging_tests");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_duplicate_delivery_has_exactly_one_effect()
    {
        await using var host = await MessagingHost.StartAsync(
            _database, fixture.Infrastructure.RabbitMqUri, "inbox-" + Guid.NewGuid().ToString("N")[..8],
            bus => bus.AddConsumer<EffectRecordingConsumer>());
        host.Bus.ConnectConsumeObserver(new ConsumptionCounter());
        var message = Events.ChildEnteredCare();
        var messageId = Guid.NewGuid();

        // As a broker redelivers: the same MessageId, twice in a row and then four times at once.
        await host.Bus.Publish(message, context => context.MessageId = messageId);
        await host.Bus.Publish(message, context => context.MessageId = messageId);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.Bus.Publish(message, context => context.MessageId = messageId)));

        await Eventually.ReturnsAsync(
            () => Task.FromResult(ConsumptionCounter.Finished.GetValueOrDefault(messageId)),
            finished => finished >= 6,
            "all six deliveries to be handled");
        var (effects, inboxRows) = await host.InScopeAsync(async db => (
            await db.Effects.CountAsync(e => e.ChildId == message.ChildId),
            await db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId)));
        Assert.Equal(1, effects);
        Assert.Equal(1, inboxRows);
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_retried_a_bounded_number_of_times_then_moved_to_the_error_queue()
    {
        var prefix = "failing-" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await MessagingHost.StartAsync(
            _database, fixture.Infrastructure.RabbitMqUri, prefix, bus => bus.AddConsumer<AlwaysFailingConsumer>());
        var messageId = Guid.NewGuid();

        await host.Bus.Publish(Events.ChildEnteredCare(), context => context.MessageId = messageId);

        var errorQueue = new KebabCaseEndpointNameFormatter(prefix, false).Consumer<AlwaysFailingConsumer>() + "_error";
        var factory = new ConnectionFactory { Uri = fixture.Infrastructure.RabbitMqUri };
        await using var connection = await factory.CreateConnectionAsync();
        var dead = await Eventually.ReturnsAsync(
            () => TryGetAsync(connection, errorQueue),
            result => result is not null,
            $"the message to reach {errorQueue}",
            TimeSpan.FromSeconds(60));

        Assert.Equal(messageId.ToString(), dead!.BasicProperties.MessageId);
        Assert.Equal(6, AlwaysFailingConsumer.Attempts[messageId]); // the first try and five retries
    }

    /// <summary>A get on a queue that does not exist yet closes the channel, so each probe uses a channel of its own.</summary>
    private static async Task<BasicGetResult?> TryGetAsync(IConnection connection, string queue)
    {
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return await channel.BasicGetAsync(queue, autoAck: true);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return null;
        }
    }
}
