using CorporateParenting.Audit;
using CorporateParenting.Infrastructure;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults.Hosting;
using CorporateParenting.Testing;
using CorporateParenting.Testing.Benchmarks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Reporting.Benchmarks;

/// <summary>
/// One real service on Kestrel (HTTP/2 cleartext for gRPC) against the benchmark's own servers, as Placements.Benchmarks
/// hosts Placements, named by its DbContext (a type of the service's own assembly). Without its periodic sweeps, as
/// Health.Benchmarks runs Health: nothing but the measured call and what it causes runs while it is timed.
/// </summary>
public sealed class ServiceHost<TContext>(
    string serviceFolder, string databaseName, IRunningInfrastructure infrastructure, string signingKey, IReadOnlyDictionary<string, string?> settings)
    : WebApplicationFactory<TContext>
    where TContext : DbContext
{
    private readonly int[] _ports = FreePort.Pick(2);

    public string Name => serviceFolder;
    public Uri HttpAddress => new($"http://127.0.0.1:{_ports[0]}");
    public Uri GrpcAddress => new($"http://127.0.0.1:{_ports[1]}");

    /// <summary>Starts it on Kestrel and waits for <c>/health</c>: migrated and connected to the broker.</summary>
    public async Task<ServiceHost<TContext>> StartAsync()
    {
        UseKestrel();
        StartServer();
        using var http = new HttpClient { BaseAddress = HttpAddress };
        await Eventually.ReturnsAsync(async () => (await http.GetAsync(CorporateParenting.ServiceDefaults.Extensions.HealthPath)).IsSuccessStatusCode,
            ready => ready, $"{serviceFolder} to report healthy", TimeSpan.FromMinutes(2));
        return this;
    }

    /// <summary>Audit records not yet chained and events not yet sent: background work a measurement must not overlap.</summary>
    public async Task<long> BacklogAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var backlog = 0L;
        if (db.Model.FindEntityType(typeof(AuditRecord)) is not null)
        {
            backlog += await db.Set<AuditRecord>().LongCountAsync(r => r.ChainPosition == null);
        }
        if (db.Model.FindEntityType(typeof(OutboxMessage)) is not null)
        {
            backlog += await db.Set<OutboxMessage>().LongCountAsync(m => m.DispatchedAt == null && m.ParkedAt == null);
        }
        return backlog;
    }

    /// <summary>
    /// Autovacuum would have analysed tables that grew over years; after a bulk load it has not yet, and the planner would
    /// be measured guessing (as Health.Benchmarks does after seeding).
    /// </summary>
    public async Task VacuumAnalyseAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE)");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseBenchmarkSettings(serviceFolder, databaseName, infrastructure.ConnectionStringFor(databaseName), infrastructure.RabbitMqUri,
            signingKey, HttpAddress, GrpcAddress);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            foreach (var sweep in services.Where(d => d.ServiceType == typeof(IHostedService)
                && d.ImplementationType is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(PeriodicSweepService<>)).ToList())
            {
                services.Remove(sweep);
            }
        });
    }
}
