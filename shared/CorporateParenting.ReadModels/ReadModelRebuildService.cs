using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CorporateParenting.ReadModels;

/// <summary>
/// Requests the first-start rebuild (once: <see cref="ReadModelRebuildRow.FirstStart"/>), then runs every rebuild not yet
/// completed, woken by <see cref="ReadModelRebuildSignal"/> or its poll. One instance runs at a time, holding a PostgreSQL
/// advisory lock for as long as it runs (released if it dies, so another takes over and resumes the run). While Placements
/// or the database is away it backs off exponentially; the service answers and consumes events meanwhile.
/// </summary>
public sealed class ReadModelRebuildService<TContext>(
    IServiceScopeFactory scopes,
    ReadModelRebuildRunner<TContext> runner,
    ReadModelRebuildSignal signal,
    IOptions<ReadModelOptions> options,
    IHostEnvironment environment,
    ILogger<ReadModelRebuildService<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    /// <summary>"readmode" in ASCII: the one rebuild runner of this service's database.</summary>
    private const long RunnerLockKey = 0x7265_6164_6d6f_6465;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = options.Value.RetryAfter;
        var firstStartRequested = !options.Value.RebuildOnFirstStart;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!firstStartRequested)
                {
                    await RequestFirstStartAsync(stoppingToken);
                    firstStartRequested = true;
                }
                await RunPendingAsync(stoppingToken);
                backoff = options.Value.RetryAfter;
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning("Read model rebuild paused for {Backoff}: {Reason}", backoff, exception.Message);
                await Task.Delay(backoff, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, options.Value.MaxBackoff.Ticks));
            }
        }
    }

    private async Task RequestFirstStartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReadModelRebuilds<TContext>>()
            .RequestFirstStartAsync($"system:{environment.ApplicationName}", cancellationToken);
    }

    private async Task RunPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var pending = await scope.ServiceProvider.GetRequiredService<ReadModelRebuilds<TContext>>().PendingAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return;
        }

        // A session lock on a connection held open for the whole run: PostgreSQL frees it if this instance dies.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({RunnerLockKey}) AS \"Value\"").SingleAsync(cancellationToken))
            {
                return; // another instance is running them
            }
            try
            {
                foreach (var runId in pending)
                {
                    await runner.RunAsync(runId, cancellationToken);
                }
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({RunnerLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
