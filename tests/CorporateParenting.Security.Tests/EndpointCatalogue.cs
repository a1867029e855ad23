using CorporateParenting.ServiceDefaults;
using CorporateParenting.Testing;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CorporateParenting.Security.Tests;

/// <summary>
/// A service's endpoints as its host really maps them (Development, so the OpenAPI and reflection endpoints are
/// there too), without a database or broker: background services are removed before the host starts.
/// </summary>
public sealed class EndpointCatalogue<TEntryPoint> : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    public IReadOnlyList<RouteEndpoint> Endpoints =>
        [.. Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var database in new[] { ResourceNames.PlacementsDb, ResourceNames.VirtualSchoolDb, ResourceNames.HealthDb, ResourceNames.LeavingCareDb, ResourceNames.NotificationsDb, ResourceNames.ReportingDb })
        {
            builder.UseSetting($"ConnectionStrings:{database}", $"Host=127.0.0.1;Port=9;Database={database}");
        }
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Messaging}", "amqp://guest:guest@127.0.0.1:9/");
        builder.UseSetting("Authentication:DevelopmentSigningKey", TestTokens.SigningKey);
        builder.ConfigureTestServices(services =>
        {
            foreach (var background in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name != "GenericWebHostService").ToList())
            {
                services.Remove(background);
            }
        });
    }

    public static string Describe(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<GrpcMethodMetadata>() is { } grpc
            ? $"gRPC {grpc.Method.FullName}"
            : $"{string.Join(",", endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])} /{endpoint.RoutePattern.RawText?.TrimStart('/')}";

    public static IReadOnlyList<string> PoliciesOf(RouteEndpoint endpoint) =>
        [.. endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>()];

    public static bool IsAnonymous(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
}
