using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CorporateParenting.Hosting;

public static class TimeToHealthy
{
    /// <summary>Logs, once every resource with a health check is healthy, how long that took from the start of the run.</summary>
    public static IDistributedApplicationBuilder ReportTimeToHealthy(this IDistributedApplicationBuilder builder)
    {
        var clock = Stopwatch.StartNew();
        builder.Eventing.Subscribe<AfterResourcesCreatedEvent>((@event, cancellationToken) =>
        {
            var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
            var logger = @event.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CorporateParenting.AppHost");
            var watched = @event.Model.Resources.Where(r => r.TryGetAnnotationsOfType<HealthCheckAnnotation>(out _)).ToList();
            _ = Task.Run(async () =>
            {
                await Task.WhenAll(watched.Select(r => notifications.WaitForResourceHealthyAsync(r.Name, cancellationToken)));
                logger.LogInformation("All {Count} resources healthy in {Seconds:0.0} s.", watched.Count, clock.Elapsed.TotalSeconds);
            }, cancellationToken);
            return Task.CompletedTask;
        });
        return builder;
    }
}
