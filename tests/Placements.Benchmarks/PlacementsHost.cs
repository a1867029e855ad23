extern alias PlacementsApi;

using CorporateParenting.ServiceDefaults;
using CorporateParenting.Testing.Benchmarks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PlacementsEntryPoint = PlacementsApi::Placements.Api.Grpc.PlacementsGrpcService;

namespace Placements.Benchmarks;

/// <summary>The real Placements service on Kestrel (HTTP/2 cleartext for gRPC) against the benchmark's own servers.</summary>
public sealed class PlacementsHost(string database, Uri broker, string signingKey, int httpPort, int grpcPort) : WebApplicationFactory<PlacementsEntryPoint>
{
    public Uri HttpAddress { get; } = new($"http://127.0.0.1:{httpPort}");
    public Uri GrpcAddress { get; } = new($"http://127.0.0.1:{grpcPort}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseBenchmarkSettings("Placements", ResourceNames.PlacementsDb, database, broker, signingKey, HttpAddress, GrpcAddress);
    }
}
