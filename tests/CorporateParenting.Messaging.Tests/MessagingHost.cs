using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CorporateParenting.Messaging.Tests;

/// <summary>A service-shaped host: our messaging set-up exactly as services use it, over the real broker and database.</summary>
public sealed class MessagingHost : IAsyncDisposable
{
    private readonly IHost _host;

    private MessagingHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;
    public IOutboxDispatcher Outbox => Services.GetRequiredService<IOutboxDispatcher>();
    public IBus Bus => Services.GetRequiredService<IBus>();

    public static async Task<MessagingHost> StartAsync(
        string connectionString, Uri broker, string serviceName, Action<IBusRegistrationConfigurator> consumers, int maxAttempts = 5)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{ResourceNames.Messaging}"] = broker.ToString(),
            ["Messaging:Outbox:PollInterval"] = "00:00:00.100",
            ["Messaging:Outbox:MaxBackoff"] = "00:00:01",
            ["Messaging:Outbox:MaxAttempts"] = maxAttempts.ToString(),
        });
        builder.Services.AddDbContext<LedgerDbContext>((services, options) => options
            .UseNpgsql(connectionString)
            .AddInterceptors(services.GetServices<IInterceptor>()));
        builder.AddMessaging<LedgerDbContext>(serviceName, consumers);

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().Database.EnsureCreatedAsync();
        }
        await host.StartAsync();
        var messagingHost = new MessagingHost(host);
        await messagingHost.WaitForBusAsync();
        return messagingHost;
    }

    public Task WaitForBusAsync() =>
        Eventually.ReturnsAsync(
            () => Task.FromResult(Services.GetRequiredService<IBusControl>().CheckHealth().Status),
            status => status == BusHealthStatus.Healthy,
            "the bus to connect",
            TimeSpan.FromSeconds(60));

    public async Task<T> InScopeAsync<T>(Func<LedgerDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<LedgerDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
