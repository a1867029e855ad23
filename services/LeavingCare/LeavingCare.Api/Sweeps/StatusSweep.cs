using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Hosting;
using LeavingCare.Api.Commands;
using LeavingCare.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeavingCare.Api.Sweeps;

/// <summary>
/// Status changes with time as well as with events (docs/leaving-care.md §2.2): once a day each young person aged 15 to
/// 26 not yet evaluated today is claimed with <c>FOR UPDATE SKIP LOCKED</c> (a thousand at a time), evaluated for today
/// and marked in one transaction: however many instances sweep at once, each young person is evaluated once a day and
/// each change kept once (and announced by <see cref="StatusAnnouncements"/>).
/// </summary>
public sealed class StatusSweep(LeavingCareDbContext db, TimeProvider clock, ILogger<StatusSweep> logger) : IPeriodicSweep
{
    public const int BatchSize = 1000;

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var (evaluated, changed) = await RunAsync(today, cancellationToken);
        if (evaluated > 0)
        {
            logger.LogInformation("Status sweep for {Today}: {Evaluated} young people evaluated, {Changed} changed category", today, evaluated, changed);
        }
    }

    public async Task<(int Evaluated, int Changed)> RunAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var (evaluated, changed) = (0, 0);
        while (true)
        {
            var (batch, batchChanged) = await SweepBatchAsync(today, cancellationToken);
            (evaluated, changed) = (evaluated + batch, changed + batchChanged);
            if (batch < BatchSize)
            {
                return (evaluated, changed);
            }
        }
    }

    private async Task<(int Evaluated, int Changed)> SweepBatchAsync(DateOnly today, CancellationToken ct)
    {
        // 15 to 26: a category can begin from 16 and qualifying ends with the 26th birthday, which must still be seen.
        var (youngest, oldest) = (today.AddYears(-15), today.AddYears(-27));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.YoungPeople.FromSql(
            $"""
            SELECT * FROM young_people
            WHERE (evaluated_on IS NULL OR evaluated_on < {today}) AND date_of_birth <= {youngest} AND date_of_birth > {oldest}
            ORDER BY id LIMIT {BatchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var changed = claimed.Count(person => CareLeaverStatusEvaluation.Evaluate(db, person, today, CareLeaverStatusEvaluation.BySweep, now));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return (claimed.Count, changed);
    }
}
