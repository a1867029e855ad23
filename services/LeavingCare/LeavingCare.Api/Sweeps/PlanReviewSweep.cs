using CorporateParenting.Calendar;
using CorporateParenting.Contracts.LeavingCare;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults.Hosting;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Api.Queries;
using LeavingCare.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace LeavingCare.Api.Sweeps;

/// <summary>
/// Pathway plan reviews past due (docs/leaving-care.md §5.2): the worklist's overdue reviews, each announced with
/// <c>PathwayPlanReviewOverdue</c> once per young person and due date. The announcement's row (<c>plan_reviews_overdue</c>,
/// keyed by both) is inserted with <c>ON CONFLICT DO NOTHING</c> in the transaction that queues the event, so however
/// many instances sweep, each is announced once; a review held or moved makes a new due date, announced in its turn.
/// </summary>
public sealed class PlanReviewSweep(LeavingCareDbContext db, ListWorklistHandler worklist, TimeProvider clock, ILogger<PlanReviewSweep> logger) : IPeriodicSweep
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var announced = await RunAsync(clock.Today(), cancellationToken);
        if (announced > 0)
        {
            logger.LogInformation("Plan review sweep: {Announced} pathway plan reviews newly overdue", announced);
        }
    }

    public async Task<int> RunAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var overdue = await worklist.HandleAsync(new WorklistFilter(OpenDutyKind.PathwayPlanReview, null, OverdueOnly: true, 0, int.MaxValue), today, cancellationToken);
        var announced = 0;
        foreach (var item in overdue.Items)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var inserted = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO plan_reviews_overdue (young_person_id, due_on, announced_at) VALUES ({item.YoungPersonId}, {item.DueOn}, {clock.GetUtcNow()}) ON CONFLICT DO NOTHING",
                cancellationToken);
            if (inserted == 1)
            {
                db.AddIntegrationEvent(new PathwayPlanReviewOverdue(item.YoungPersonId, item.GivenName, item.FamilyName, item.DueOn, item.Owner, clock.GetUtcNow()));
                await db.SaveChangesAsync(cancellationToken);
                announced++;
            }
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return announced;
    }
}
