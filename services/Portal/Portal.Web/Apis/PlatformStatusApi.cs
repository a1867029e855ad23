using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Portal.Web.Apis;

/// <summary>Staff's first view: whether each service of the platform is ready, asked live through service discovery.</summary>
public static class PlatformStatusApi
{
    public static readonly string[] Services =
    [
        ResourceNames.Placements, ResourceNames.VirtualSchool, ResourceNames.Health, ResourceNames.LeavingCare, ResourceNames.Notifications,
    ];

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    public static IEndpointRouteBuilder MapPlatformStatusApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/platform/status", GetStatusAsync)
            .WithName("GetPlatformStatus")
            .WithSummary("Readiness of every platform service, checked now.")
            .WithTags("Platform")
            .RequireAuthorization(Policies.AnyPlatformRole);
        return app;
    }

    public static async Task<Ok<PlatformStatus>> GetStatusAsync(IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        var checks = Services.Select(service => ProbeAsync(clients, service, cancellationToken));
        return TypedResults.Ok(new PlatformStatus([.. await Task.WhenAll(checks)]));
    }

    private static async Task<ServiceStatus> ProbeAsync(IHttpClientFactory clients, string service, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            using var client = clients.CreateClient(service);
            using var response = await client.GetAsync(new Uri(ResourceNames.HttpAddress(service), Extensions.HealthPath), timeout.Token);
            return new ServiceStatus(service, response.IsSuccessStatusCode ? "Healthy" : "Unhealthy");
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or InvalidOperationException)
        {
            return new ServiceStatus(service, "Unreachable");
        }
    }
}

public sealed record PlatformStatus(IReadOnlyList<ServiceStatus> Services);

public sealed record ServiceStatus(string Service, string Status);
