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

    /// <summary>The same for a service whose DbContext is the factory's type.</summary>
    public static Task PublishConsumedAsync<TDbContext>(this ServiceFactory<TDbContext> service, params object[] events)
        where TDbContext : DbContext => service.Services.PublishConsumedAsync<TDbContext>(events);

    /// <summary>
    /// Publishes each event (by its own type, under a message id of its own) and returns once the service's inbox holds
    /// every one of them: counting the inbox would also count what an earlier test left on the service's queue.
    /// </summary>
    public static async Task PublishConsumedAsync<TDbContext>(this IServiceProvider services, params object[] events)
        where TDbContext : DbContext
    {
        var bus = services.GetRequiredService<IBus>();
        var ids = new List<Guid>();
        foreach (var message in events)
        {
            var id = NewId.NextGuid();
            ids.Add(id);
            await bus.Publish(message, message.GetType(), context => context.MessageId = id);
        }
        await Eventually.ReturnsAsync(() => services.ConsumedOfAsync<TDbContext>(ids), n => n == ids.Count, "the events consumed");
    }

    private static async Task<int> ConsumedOfAsync<TDbContext>(this IServiceProvider services, IReadOnlyList<Guid> messageIds)
        where TDbContext : DbContext
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TDbContext>().Set<InboxMessage>()
            .Where(m => messageIds.Contains(m.MessageId)).Select(m => m.MessageId).Distinct().CountAsync();
    }
}
