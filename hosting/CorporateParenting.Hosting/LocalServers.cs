using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using CorporateParenting.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CorporateParenting.Hosting;

/// <summary>What the local-process servers share: their log, and stopping with the application so nothing outlives it.</summary>
internal static class LocalServers
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A logger that writes into the resource's own console log on the dashboard once the app runs.</summary>
    public static ILogger Logger(IDistributedApplicationBuilder builder, string resource) => new DeferredLogger(builder, resource);

    /// <summary>
    /// Runs <paramref name="stop"/>, if given, when the application begins to stop (before the orchestrator signals its
    /// processes), and once everything has stopped ends any process still carrying the server folder's marker.
    /// </summary>
    public static void StopWithTheApplication(IDistributedApplicationBuilder builder, Func<string> folder, Func<CancellationToken, Task>? stop = null)
    {
        builder.Eventing.Subscribe<BeforeStartEvent>((@event, _) =>
        {
            var lifetime = @event.Services.GetRequiredService<IHostApplicationLifetime>();
            if (stop is not null)
            {
                lifetime.ApplicationStopping.Register(() => RunBlocking(stop));
            }
            lifetime.ApplicationStopped.Register(() => RunBlocking(ct =>
                OwnedProcesses.TerminateAsync(folder(), TimeSpan.FromSeconds(5), NullLogger.Instance, "local server", LogLevel.Debug)));
            return Task.CompletedTask;
        });
    }

    private static void RunBlocking(Func<CancellationToken, Task> action)
    {
        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            Task.Run(() => action(timeout.Token)).Wait(StopTimeout);
        }
        catch (AggregateException)
        {
            // Stopping goes on regardless; the marker sweep ends whatever is left.
        }
    }

    /// <summary>Logs to the resource's console log on the dashboard (<see cref="ResourceLoggerService"/>), once the app has started.</summary>
    private sealed class DeferredLogger : ILogger
    {
        private ILogger _inner = NullLogger.Instance;

        public DeferredLogger(IDistributedApplicationBuilder builder, string resource) =>
            builder.Eventing.Subscribe<BeforeStartEvent>((@event, _) =>
            {
                var model = @event.Model.Resources.Single(r => r.Name == resource);
                _inner = @event.Services.GetRequiredService<ResourceLoggerService>().GetLogger(model);
                return Task.CompletedTask;
            });

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
