using CorporateParenting.Messaging.Inbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Testing;

/// <summary>Events published on the real broker to a service under test, and waited for until its inbox has taken them.</summary>
public static class PublishedEvents
{
    /// <summary>How many messages the service's inbox holds (its DbContext is the factory's type).</summary>
    public static async Task<int> ConsumedAsync<TDbContext>(this ServiceFactory<TDbContext> service)
        where TDbContext : DbContext
    {
        await using var scope = service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TDbContext>().Set<InboxMessage>().CountAsync();
    }

    /// <summary>Publishes each event (by its own type) and returns once the service has consumed as many more messages.</summary>
    public static async Task PublishConsumedAsync<TDbContext>(this ServiceFactory<TDbContext> service, params object[] events)
        where TDbContext : DbContext
    {
        var before = await service.ConsumedAsync();
        var bus = service.Services.GetRequiredService<IBus>();
        foreach (var message in events)
        {
            await bus.Publish(message, message.GetType());
        }
        await Eventually.ReturnsAsync(service.ConsumedAsync, n => n >= before + events.Length, "the events consumed");
    }
}
