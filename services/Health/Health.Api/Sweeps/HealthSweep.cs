using CorporateParenting.Calendar;
using Health.Api.Commands;
using Health.Api.Infrastructure;
using Health.Domain;
using CorporateParenting.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Sweeps;

public sealed record SweepResult(int MarkedOverdue, int PassportsOpened);

/// <summary>
/// The daily pass over every open item, safe with any number of instances running at once: each overdue assessment is
/// claimed with <c>FOR UPDATE SKIP LOCKED</c> and marked in the same transaction as its <c>HealthAssessmentOverdue</c>,
/// so it is published exactly once; health passports are opened by one instance at a time under an advisory lock.
/// </summary>
public sealed class HealthSweep(HealthDbContext db, AssessmentPlanner planner, TimeProvider clock, ILogger<HealthSweep> logger) : IPeriodicSweep
{
    public const int BatchSize = 1000;

    /// <summary>"healthpas" in ASCII: only one instance opens passports at a time.</summary>
    private const long PassportLockKey = 0x6865_616c_7468_7061;

    /// <summary>Today's pass, as the periodic runner makes it (<c>HealthSweepOptions.Interval</c>).</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var result = await RunAsync(today, cancellationToken);
        logger.LogInformation("Health sweep for {Today}: {Overdue} marked overdue, {Passports} health passports opened",
            today, result.MarkedOverdue, result.PassportsOpened);
    }

    public async Task<SweepResult> RunAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var overdue = 0;
        int marked;
        do
        {
            marked = await MarkOverdueBatchAsync(today, cancellationToken);
            overdue += marked;
        }
        while (marked == BatchSize);
        return new SweepResult(overdue, await OpenHealthPassportsAsync(today, cancellationToken));
    }

    private async Task<int> MarkOverdueBatchAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Assessments.FromSql(
            $"""
            SELECT *, xmin FROM health_assessments
            WHERE status IN ('Due', 'Requested', 'Booked') AND due_on < {today} AND overdue_published_at IS NULL
            ORDER BY due_on LIMIT {BatchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var assessment in claimed)
        {
            assessment.OverduePublishedAt = now;
            db.AddAssessmentOverdue(assessment, today, now);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return claimed.Count;
    }

    /// <summary>From the 17½ birthday until the 18th, a looked-after young person has a health passport item (docs/health.md §6).</summary>
    private async Task<int> OpenHealthPassportsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({PassportLockKey}) AS \"Value\"").SingleAsync(cancellationToken))
        {
            return 0;
        }

        // Born on or before this day means 17½ by today, give or take month ends, which the exact check below settles.
        var bornBy = today.AddMonths(-6).AddYears(-17).AddDays(3);
        var bornAfter = today.AddYears(-18);
        var candidates = await db.Children
            .Where(c => c.DateOfBirth <= bornBy && c.DateOfBirth > bornAfter && c.PlacingAuthorityCode == null)
            .Where(c => !db.Assessments.Any(a => a.ChildId == c.Id && a.Kind == AssessmentKind.HealthPassport))
            .ToListAsync(cancellationToken);
        var candidateIds = candidates.Select(c => c.Id).ToList();
        var openPeriods = (await db.PeriodsOfCare.AsNoTracking()
                .Where(p => candidateIds.Contains(p.ChildId) && p.StartedOn != null && p.EndedOn == null && !p.IsShortBreaks)
                .ToListAsync(cancellationToken))
            .GroupBy(p => p.ChildId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.StartedOn).First());
        var opened = 0;
        foreach (var child in candidates)
        {
            if (openPeriods.TryGetValue(child.Id, out var period)
                && HealthPassportSchedule.DueFrom(child.DateOfBirth) <= today && today < Birthdays.Nth(child.DateOfBirth, 18))
            {
                planner.OpenHealthPassport(child, period.Id, period.StartedOn!.Value);
                opened++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return opened;
    }
}
