using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Messaging.Outbox;

/// <summary>
/// Runs the dispatcher until shutdown: woken by <see cref="OutboxSignal"/> or the poll interval, and backing off
/// exponentially while the broker or the database is unavailable, so an outage never becomes a tight error loop.
/// </summary>
public sealed class OutboxDispatcherService<TContext>(
    OutboxDispatcher<TContext> dispatcher,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcherService<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = options.Value.PollInterval;
        var nextPurge = DateTimeOffset.UtcNow;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchPendingAsync(stoppingToken);
                if (DateTimeOffset.UtcNow >= nextPurge)
                {
                    await dispatcher.PurgeDispatchedAsync(stoppingToken);
                    nextPurge = DateTimeOffset.UtcNow + PurgeInterval;
                }
                backoff = options.Value.PollInterval;
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The broker being away (at start-up, or in an outage) is expected and the rows wait safely.
                logger.Log(exception is BrokerUnavailableException ? LogLevel.Information : LogLevel.Warning,
                    "Outbox dispatch paused for {Backoff}: {Reason}", backoff, exception.Message);
                await Task.Delay(backoff, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, options.Value.MaxBackoff.Ticks));
            }
        }
    }
}
