using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CorporateParenting.Audit;

/// <summary>
/// Keeps the chain of <typeparamref name="TContext"/>'s database up to date by polling, so that under load one pass
/// links many rows at once instead of every read paying for its own link. Safe with any number of instances running.
/// </summary>
public sealed class AuditChainer<TContext>(
    IServiceScopeFactory scopes, ILogger<AuditChainer<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = PollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using (var scope = scopes.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<AuditChain<TContext>>().ChainPendingAsync(stoppingToken);
                }
                backoff = PollInterval;
                await Task.Delay(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Unchained rows wait safely in the table; the chain only falls behind while the database is away.
                logger.LogWarning("Audit chaining paused for {Backoff}: {Reason}", backoff, exception.Message);
                await Task.Delay(backoff, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }
}
