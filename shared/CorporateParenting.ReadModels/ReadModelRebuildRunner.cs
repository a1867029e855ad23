using CorporateParenting.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CorporateParenting.ReadModels;

/// <summary>
/// Runs one rebuild: reads Placements' register child by child and hands each child to the service's
/// <see cref="ICareHistorySnapshotHandler"/> in a transaction of its own (a scope, the service's DbContext, saved and
/// committed), so a child is applied whole or not at all and never holds more than its own row locks. Progress is saved
/// every <see cref="ProgressEvery"/> children; a run that breaks (Placements or the database away) throws, and the next
/// attempt resumes after the last child saved. A child the handler refuses is logged and counted, and the run goes on.
/// </summary>
public sealed class ReadModelRebuildRunner<TContext>(
    IServiceScopeFactory scopes, ICareHistorySource placements, TimeProvider clock, ILogger<ReadModelRebuildRunner<TContext>> logger)
    where TContext : DbContext
{
    public const int ProgressEvery = 100;

    /// <summary>Attempts per child when its save loses a race with a consumer (a unique index): the next sees the winner's row.</summary>
    private const int AttemptsPerChild = 3;

    public async Task RunAsync(Guid runId, CancellationToken cancellationToken)
    {
        var run = await BeginAsync(runId, cancellationToken);
        if (run is null)
        {
            return;
        }
        var rebuild = new RebuildRun(run.Id, run.StartedOn!.Value, run.Trigger);
        var (after, applied, failed, unsaved) = (run.ResumeAfterChildId, run.ChildrenApplied, run.ChildrenFailed, 0);
        logger.LogInformation("Read model rebuild {RunId} ({Trigger}) reading Placements' register after {After}", run.Id, run.Trigger, after);
        try
        {
            await foreach (var snapshot in placements.ReadAsync(run.ChangedSince, after, cancellationToken))
            {
                if (await ApplyAsync(snapshot, rebuild, cancellationToken))
                {
                    applied++;
                }
                else
                {
                    failed++;
                }
                after = snapshot.ChildId;
                if (++unsaved == ProgressEvery)
                {
                    await SaveAsync(run.Id, after, applied, failed, lastError: null, completedAt: null, cancellationToken);
                    unsaved = 0;
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await SaveAsync(run.Id, after, applied, failed, exception.Message, completedAt: null, CancellationToken.None);
            throw;
        }
        await SaveAsync(run.Id, after, applied, failed, lastError: null, clock.GetUtcNow(), cancellationToken);
        logger.LogInformation("Read model rebuild {RunId} completed: {Applied} children applied, {Failed} refused", run.Id, applied, failed);
    }

    private async Task<ReadModelRebuildRow?> BeginAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var run = await db.Set<ReadModelRebuildRow>().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null || run.Status == ReadModelRebuildStatus.Completed)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        run.Status = ReadModelRebuildStatus.Running;
        run.StartedAt ??= now;
        run.StartedOn ??= clock.Today();
        run.Attempts++;
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    private async Task<bool> ApplyAsync(CareHistorySnapshot snapshot, RebuildRun rebuild, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await scope.ServiceProvider.GetRequiredService<ICareHistorySnapshotHandler>().ApplyAsync(snapshot, rebuild, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateException) when (attempt < AttemptsPerChild)
            {
                // A consumer committed the same row first: the next attempt starts from what it wrote.
            }
            catch (Exception exception) when (!IsOutage(exception, cancellationToken))
            {
                logger.LogWarning(exception, "Read model rebuild {RunId}: child {ChildId} not applied", rebuild.Id, snapshot.ChildId);
                return false;
            }
        }
    }

    /// <summary>The database away or the run stopping: the whole run waits and resumes, rather than skip children.</summary>
    private static bool IsOutage(Exception exception, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested
        || exception is NpgsqlException { IsTransient: true } or TimeoutException
        || exception.InnerException is NpgsqlException { IsTransient: true } or TimeoutException;

    private async Task SaveAsync(
        Guid runId, Guid? after, int applied, int failed, string? lastError, DateTimeOffset? completedAt, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var status = completedAt is null ? ReadModelRebuildStatus.Running : ReadModelRebuildStatus.Completed;
        await db.Set<ReadModelRebuildRow>().Where(r => r.Id == runId).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.ResumeAfterChildId, after)
            .SetProperty(r => r.ChildrenApplied, applied)
            .SetProperty(r => r.ChildrenFailed, failed)
            .SetProperty(r => r.LastError, lastError)
            .SetProperty(r => r.CompletedAt, completedAt)
            .SetProperty(r => r.Status, status), cancellationToken);
    }
}
