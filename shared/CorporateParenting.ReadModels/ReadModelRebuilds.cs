using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.ReadModels;

/// <summary>Asks for rebuilds and reads how they went, in the service's own <typeparamref name="TContext"/>.</summary>
public sealed class ReadModelRebuilds<TContext>(TContext db, TimeProvider clock, ReadModelRebuildSignal signal)
    where TContext : DbContext
{
    private DbSet<ReadModelRebuildRow> Rows => db.Set<ReadModelRebuildRow>();

    /// <summary>The first-start rebuild, unless one was ever requested (by any instance, at any start).</summary>
    public async Task RequestFirstStartAsync(string requestedBy, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        var requested = ReadModelRebuildStatus.Requested.ToString();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO read_model_rebuilds (id, trigger, requested_by, requested_at, status, children_applied, children_failed, attempts)
            VALUES ({id}, {ReadModelRebuildRow.FirstStart}, {requestedBy}, {now}, {requested}, 0, 0, 0)
            ON CONFLICT (trigger) WHERE trigger = 'first-start' DO NOTHING
            """, cancellationToken);
    }

    /// <summary>An admin's rebuild. One already asked for the same children and not yet begun is answered instead of queuing another.</summary>
    public async Task<ReadModelRebuildRow> RequestAsync(string requestedBy, DateTimeOffset? changedSince, CancellationToken cancellationToken)
    {
        var waiting = await Rows.AsNoTracking()
            .Where(r => r.Status == ReadModelRebuildStatus.Requested && r.ChangedSince == changedSince)
            .OrderBy(r => r.RequestedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (waiting is not null)
        {
            return waiting;
        }
        var run = new ReadModelRebuildRow
        {
            Id = Guid.CreateVersion7(),
            Trigger = ReadModelRebuildRow.Admin,
            RequestedBy = requestedBy,
            RequestedAt = clock.GetUtcNow(),
            ChangedSince = changedSince,
            Status = ReadModelRebuildStatus.Requested,
        };
        Rows.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return run;
    }

    public Task<ReadModelRebuildRow?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Rows.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>The latest runs, newest first.</summary>
    public Task<List<ReadModelRebuildRow>> LatestAsync(int count, CancellationToken cancellationToken) =>
        Rows.AsNoTracking().OrderByDescending(r => r.RequestedAt).Take(count).ToListAsync(cancellationToken);

    /// <summary>Runs not completed, oldest request first: requested ones, and running ones whose instance stopped or broke.</summary>
    public Task<List<Guid>> PendingAsync(CancellationToken cancellationToken) =>
        Rows.AsNoTracking().Where(r => r.Status != ReadModelRebuildStatus.Completed)
            .OrderBy(r => r.RequestedAt).Select(r => r.Id).ToListAsync(cancellationToken);
}
