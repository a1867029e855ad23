extern alias PlacementsApi;

using CorporateParenting.ServiceDefaults;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PlacementsEntryPoint = PlacementsApi::Placements.Api.Grpc.PlacementsGrpcService;

namespace Placements.Benchmarks;

/// <summary>The real Placements service on Kestrel (HTTP/2 cleartext for gRPC) against the benchmark's own servers.</summary>
public sealed class PlacementsHost(string database, Uri broker, string signingKey, int httpPort, int grpcPort) : WebApplicationFactory<PlacementsEntryPoint>
{
    public Uri GrpcAddress { get; } = new($"http://127.0.0.1:{grpcPort}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseContentRoot(Path.Combine(CorporateParenting.Infrastructure.RepositoryRoot.Find(), "services", "Placements", "Placements.Api"));
        builder.UseSetting($"ConnectionStrings:{ResourceNames.PlacementsDb}", database);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Messaging}", broker.ToString());
        builder.UseSetting("Authentication:DevelopmentSigningKey", signingKey);
        builder.UseSetting("Kestrel:Endpoints:http:Url", $"http://127.0.0.1:{httpPort}");
        builder.UseSetting("Kestrel:Endpoints:grpc:Url", GrpcAddress.ToString());
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
