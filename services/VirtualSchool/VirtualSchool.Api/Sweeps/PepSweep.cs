using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Api.Alerts;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.Peps;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Sweeps;

/// <summary>What one pass of the PEP sweep did.</summary>
public sealed record PepSweepResult(int ReviewsCreated, int MarkedOverdue, int ClosedPastYear13, int DueSoon = 0, int AlertsSettled = 0);

/// <summary>
/// The PEPs no event makes due or closes (docs/virtual-school.md §9.9), safe with any number of instances at once:
/// pupils past the end of Year 13 have their open PEPs closed, and each current pupil of ours gets the review of the term
/// today is in (<see cref="PepSchedule.ForTerm"/>), both by one instance at a time under an advisory lock (reviews 500
/// pupils to a transaction), with the pupils' rows locked as events lock them and one review per pupil and term held by a
/// unique index; then every PEP past
/// due and not completed is claimed with <c>FOR UPDATE SKIP LOCKED</c>, marked overdue, put on the worklist and given
/// its <c>PepOverdue</c> in the same transaction, so it is published exactly once. Last, PEPs due within the configured
/// working days are put on the worklist (<c>pep-due</c>, once per PEP and due date), and the PEP alerts of PEPs that
/// have moved on are settled: due or overdue once completed or closed, due once overdue or due on another day, returned
/// once submitted again.
/// </summary>
public sealed class PepSweep(
    VirtualSchoolDbContext db, PepRegister register, SchoolTermCalendar calendar, TermlyReviewDeadlines reviews, AlertWriter alerts,
    IOptions<PepDeadlineOptions> deadlines, TimeProvider clock, ILogger<PepSweep> logger) : IPeriodicSweep
{
    public const int BatchSize = 1000;

    /// <summary>Pupils whose termly review is planned in one transaction.</summary>
    public const int PlanBatchSize = 500;
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
            logger.LogInformation(
                "PEP sweep for {Today}: {Reviews} termly reviews made due, {Overdue} marked overdue, {Closed} closed past Year 13, {DueSoon} newly due soon, {Settled} worklist entries settled",
                today, result.ReviewsCreated, result.MarkedOverdue, result.ClosedPastYear13, result.DueSoon, result.AlertsSettled);
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
        var dueSoon = await RaiseDueSoonAsync(today, cancellationToken);
        var settled = await SettleAlertsAsync(cancellationToken);
        return new PepSweepResult(created, overdue, closed, dueSoon, settled);
    }

    private async Task<(int Created, int Closed)> PlanAsync(DateOnly today, CancellationToken ct)
    {
        if (await UnderPlanningLockAsync(() => ClosePastYear13Async(today, ct), ct) is not { } closed)
        {
            return (0, 0);
        }

        var created = 0;
        if (calendar.TermContaining(today) is { } term)
        {
            if (!reviews.IsConfigured(term))
            {
                logger.LogWarning(
                    "No termly review deadline is configured for {Term} (VirtualSchool:Peps:Deadlines:TermlyReviews): its reviews are due on its last day, {Ends}.",
                    term.Name, term.Ends);
            }

            // Candidates: current pupils of ours with no open PEP and no review for this term yet; the rules decide the rest,
            // a batch at a time, so that the first day of a term does not hold thousands of pupils' rows locked at once.
            var ids = await db.Pupils.AsNoTracking()
                .Where(p => p.IsCurrent && p.Responsibility == PupilRow.Ours)
                .Where(p => !db.Peps.Any(x => x.PupilId == p.Id && (Open.Contains(x.Status) || x.Term == term.Name)))
                .Select(p => p.Id).ToListAsync(ct);
            foreach (var batch in ids.Chunk(PlanBatchSize))
            {
                if (await UnderPlanningLockAsync(() => ReviewsAsync(batch, term, ct), ct) is not { } made)
                {
                    break;
                }
                created += made;
            }
        }

        return (created, closed);
    }

    /// <summary>Runs <paramref name="work"/> in a transaction of its own under the planning lock; null when another instance holds it.</summary>
    private async Task<int?> UnderPlanningLockAsync(Func<Task<int>> work, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockKey}) AS \"Value\"").SingleAsync(ct))
        {
            return null;
        }

        var done = await work();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return done;
    }

    /// <summary>
    /// Past Year 13 (§9.4): anyone with an open PEP whose date of birth puts the end of Year 13 before today. Past the end
    /// of Year 13 means 18 or older, so younger pupils are not even read.
    /// </summary>
    private async Task<int> ClosePastYear13Async(DateOnly today, CancellationToken ct)
    {
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

        return closed;
    }

    /// <summary>The term's review for each pupil of the batch the rules make one due for, each pupil's row locked as events lock it.</summary>
    private async Task<int> ReviewsAsync(IEnumerable<Guid> pupilIds, SchoolTerm term, CancellationToken ct)
    {
        var created = 0;
        foreach (var id in pupilIds)
        {
            var pupil = await PupilRegister.LockAsync(db, id, ct);
            if (pupil is not null && await register.ForTermAsync(db, pupil, term, reviews, By, ct) is not null)
            {
                created++;
            }
        }

        return created;
    }

    /// <summary>PEPs not completed and due from today to the end of the due-soon window, once per PEP and due date.</summary>
    private async Task<int> RaiseDueSoonAsync(DateOnly today, CancellationToken ct)
    {
        var until = PepDeadlines.DueSoonUntil(today, deadlines.Value);
        var due = await db.Peps.AsNoTracking()
            .Where(p => Open.Contains(p.Status) && p.DueOn >= today && p.DueOn <= until && p.OverdueAt == null)
            .ToListAsync(ct);
        return (await alerts.RaiseAsync(db, [.. due.Select(p => PepAlerts.Due(p, today))], ct)).Count;
    }

    /// <summary>Resolves, in one statement, the open PEP alerts whose PEP has moved on; the note says how.</summary>
    private async Task<int> SettleAlertsAsync(CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE attendance_alerts a
            SET resolved_at = {clock.GetUtcNow()}, resolved_by = {By},
                resolution_note = CASE
                    WHEN p.status IN ('completed', 'closed') THEN 'The PEP is ' || p.status || '.'
                    WHEN a.kind = 'pep-returned' THEN 'The PEP was submitted again.'
                    WHEN p.overdue_at IS NOT NULL THEN 'The PEP is now overdue.'
                    ELSE 'The PEP is now due on ' || to_char(p.due_on, 'YYYY-MM-DD') || '.' END
            FROM peps p
            WHERE a.resolved_at IS NULL AND a.kind IN ('pep-due', 'pep-overdue', 'pep-returned')
              AND p.id = left(a.key, 32)::uuid
              AND (p.status IN ('completed', 'closed')
                   OR (a.kind = 'pep-returned' AND p.status <> 'returned')
                   OR (a.kind = 'pep-due' AND (p.overdue_at IS NOT NULL OR substr(a.key, 34) <> to_char(p.due_on, 'YYYY-MM-DD'))))
            """, ct);

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
