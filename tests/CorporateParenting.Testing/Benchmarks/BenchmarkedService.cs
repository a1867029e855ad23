using CorporateParenting.ServiceDefaults;
using Microsoft.AspNetCore.Hosting;

namespace CorporateParenting.Testing.Benchmarks;

/// <summary>What every benchmark sets on the real service it measures: its own servers, Kestrel ports, and quiet logs.</summary>
public static class BenchmarkedService
{
    public static IWebHostBuilder UseBenchmarkSettings(this IWebHostBuilder builder, string serviceFolder,
        string databaseName, string database, Uri broker, string signingKey, Uri httpAddress, Uri grpcAddress)
    {
        builder.UseEnvironment("Development");
        builder.UseContentRoot(Path.Combine(CorporateParenting.Infrastructure.RepositoryRoot.Find(), "services", serviceFolder, serviceFolder + ".Api"));
        builder.UseSetting($"ConnectionStrings:{databaseName}", database);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Messaging}", broker.ToString());
        builder.UseSetting("Authentication:DevelopmentSigningKey", signingKey);
        builder.UseSetting("Kestrel:Endpoints:http:Url", httpAddress.ToString());
        builder.UseSetting("Kestrel:Endpoints:grpc:Url", grpcAddress.ToString());
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Expected while starting on an empty database and waiting for readiness (no migrations table yet, the bus not
        // yet started); a failure that matters reaches the benchmark as an exception.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "None");
        builder.UseSetting("Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks", "None");
        return builder;
    }
}
