using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Testing;

/// <summary>
/// One service in-process on the test server, configured through the same keys the AppHost injects
/// (<c>ConnectionStrings__&lt;db&gt;</c>, <c>ConnectionStrings__messaging</c>), against the real infrastructure.
/// <paramref name="services"/>, when given, changes its registrations, e.g. to reach another service under test in-process.
/// </summary>
public sealed class ServiceFactory<TProgram>(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<TProgram>
    where TProgram : class
{
    public static async Task<ServiceFactory<TProgram>> StartAsync(
        InfrastructureFixture fixture, string database, IReadOnlyDictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{database}"] = await fixture.CleanDatabaseAsync(database),
            [$"ConnectionStrings:{ResourceNames.Messaging}"] = fixture.Infrastructure.RabbitMqUri.ToString(),
            ["Messaging:Outbox:PollInterval"] = "00:00:00.200",
            ["Authentication:DevelopmentSigningKey"] = TestTokens.SigningKey,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var factory = new ServiceFactory<TProgram>(settings, services);
        await factory.WaitUntilReadyAsync();
        return factory;
    }

    /// <summary>An HTTP client that presents <paramref name="token"/>.</summary>
    public HttpClient CreateClient(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = TestTokens.Http(token);
        return client;
    }

    /// <summary>Waits for <c>/health</c>: migrations applied and the bus connected, so its queues are bound before anyone publishes.</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var client = CreateClient();
        await Eventually.ReturnsAsync(
            async () => (await client.GetAsync(Extensions.HealthPath)).IsSuccessStatusCode,
            ready => ready,
            $"{typeof(TProgram).Assembly.GetName().Name} to report healthy");
    }

    public GrpcChannel CreateGrpcChannel() =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });

    public IOutboxDispatcher Outbox => Services.GetRequiredService<IOutboxDispatcher>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
