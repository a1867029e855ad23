using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Alerts;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.Peps;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Sweeps;

/// <summary>What one pass of the PEP sweep did.</summary>
public sealed record PepSweepResult(int ReviewsCreated, int MarkedOverdue, int ClosedPastYear13);

/// <summary>
/// The PEPs no event makes due or closes (docs/virtual-school.md §9.9), safe with any number of instances at once:
/// pupils past the end of Year 13 have their open PEPs closed, and each current pupil of ours gets the review of the term
/// today is in (<see cref="PepSchedule.ForTerm"/>), both by one instance at a time under an advisory lock, with the
/// pupils' rows locked as events lock them and one review per pupil and term held by a unique index; then every PEP past
/// due and not completed is claimed with <c>FOR UPDATE SKIP LOCKED</c>, marked overdue, put on the worklist and given
/// its <c>PepOverdue</c> in the same transaction, so it is published exactly once.
/// </summary>
public sealed class PepSweep(
    VirtualSchoolDbContext db, PepRegister register, SchoolTermCalendar calendar, TermlyReviewDeadlines reviews, AlertWriter alerts,
    TimeProvider clock, ILogger<PepSweep> logger) : IPeriodicSweep
{
    public const int BatchSize = 1000;
    public const string By = "PEP sweep";

    /// <summary>"vspepswp" in ASCII.</summary>
    private const long LockKey = 0x7673_7065_7073_7770;

    private static readonly string[] Open = ["draft", "submitted", "returned"];

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var result = await RunAsync(today, cancellationToken);
        if (result != new PepSweepResult(0, 0, 0))
        {
            logger.LogInformation("PEP sweep for {Today}: {Reviews} termly reviews made due, {Overdue} marked overdue, {Closed} closed past Year 13",
                today, result.ReviewsCreated, result.MarkedOverdue, result.ClosedPastYear13);
        }
    }

    public async Task<PepSweepResult> RunAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var (created, closed) = await PlanAsync(today, cancellationToken);
        var overdue = 0;
        int marked;
        do
        {
            marked = await MarkOverdueBatchAsync(today, cancellationToken);
            overdue += marked;
        }
        while (marked == BatchSize);
        return new PepSweepResult(created, overdue, closed);
    }

    private async Task<(int Created, int Closed)> PlanAsync(DateOnly today, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockKey}) AS \"Value\"").SingleAsync(ct))
        {
            return (0, 0);
        }

        // Past Year 13 (§9.4): anyone with an open PEP whose date of birth puts the end of Year 13 before today.
        // Past the end of Year 13 means 18 or older, so younger pupils are not even read.
        var eighteenBy = today.AddYears(-18);
        var withOpen = await db.Pupils
            .Where(p => p.DateOfBirth <= eighteenBy && db.Peps.Any(x => x.PupilId == p.Id && Open.Contains(x.Status)))
            .ToListAsync(ct);
        var closed = 0;
        foreach (var pupil in withOpen)
        {
            if (PepClosing.Decide(PepRegister.FactsOf(pupil, today) with { CareEndedOn = null }) is { Reason: PepCloseReason.PastEndOfYear13 } decision)
            {
                await PupilRegister.LockAsync(db, pupil.Id, ct);
                closed += await register.CloseAsync(db, pupil.Id, decision, By, ct);
            }
        }

        var created = 0;
        if (calendar.TermContaining(today) is { } term)
        {
            // Candidates: current pupils of ours with no open PEP and no review for this term yet; the rules decide the rest.
            var ids = await db.Pupils
                .Where(p => p.IsCurrent && p.Responsibility == PupilRow.Ours)
                .Where(p => !db.Peps.Any(x => x.PupilId == p.Id && (Open.Contains(x.Status) || x.Term == term.Name)))
                .Select(p => p.Id).ToListAsync(ct);
            foreach (var id in ids)
            {
                var pupil = await PupilRegister.LockAsync(db, id, ct);
                if (pupil is not null && await register.ForTermAsync(db, pupil, term, reviews, By, ct) is not null)
                {
                    created++;
                }
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return (created, closed);
    }

    private async Task<int> MarkOverdueBatchAsync(DateOnly today, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Peps.FromSql(
            $"""
            SELECT * FROM peps
            WHERE status IN ('draft', 'submitted', 'returned') AND due_on < {today} AND overdue_at IS NULL
            ORDER BY due_on LIMIT {BatchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var pep in claimed)
        {
            pep.OverdueAt = now;
            db.PepHistory.Add(new PepHistoryRow
            {
                PepId = pep.Id, Action = "overdue", StatusAfter = pep.Status, By = By, At = now, Version = pep.Version,
                Note = $"due {pep.DueOn:yyyy-MM-dd}, not completed", Content = pep.Content,
            });
            db.AddPepOverdue(pep, now);
        }

        await alerts.RaiseAsync(db, [.. claimed.Select(p => PepAlerts.Overdue(p, today))], ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return claimed.Count;
    }
}
