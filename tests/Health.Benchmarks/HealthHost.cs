extern alias HealthApi;

using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Hosting;
using CorporateParenting.Testing.Benchmarks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using HealthEntryPoint = HealthApi::Health.Api.Grpc.HealthGrpcService;
using HealthApi::Health.Api.Sweeps;

namespace Health.Benchmarks;

/// <summary>
/// The real Health service on Kestrel (HTTP/2 cleartext for gRPC) against the benchmark's own servers, without its
/// daily sweep timer: the benchmark runs the sweep itself, so the timer can neither race the seeding nor be timed by it.
/// </summary>
public sealed class HealthHost(string database, Uri broker, string signingKey, int httpPort, int grpcPort) : WebApplicationFactory<HealthEntryPoint>
{
    public Uri HttpAddress { get; } = new($"http://127.0.0.1:{httpPort}");
    public Uri GrpcAddress { get; } = new($"http://127.0.0.1:{grpcPort}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseBenchmarkSettings("Health", ResourceNames.HealthDb, database, broker, signingKey, HttpAddress, GrpcAddress);
        // The cohort is seeded straight into Health's tables; there is no Placements to rebuild from.
        builder.UseSetting("ReadModels:RebuildOnFirstStart", "false");
        builder.ConfigureTestServices(services =>
        {
            foreach (var timer in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(PeriodicSweepService<HealthSweep>)).ToList())
            {
                services.Remove(timer);
            }
        });
    }
}
