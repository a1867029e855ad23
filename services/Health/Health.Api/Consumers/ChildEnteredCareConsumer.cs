using CorporateParenting.Audit;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using Health.Api.Application;
using Health.Api.Infrastructure;
using Health.Domain;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Consumers;

/// <summary>
/// Records the child and the new period of care, and opens its Initial Health Assessment — unless the period is an
/// agreed series of short breaks (V3/V4, health.md §2), or its end has already arrived (events out of order).
/// </summary>
public sealed class ChildEnteredCareConsumer(HealthDbContext db, AssessmentPlanner planner, IAuditTrail audit, TimeProvider clock)
    : IdempotentConsumer<ChildEnteredCare, HealthDbContext>(db, clock)
{
    protected override async Task HandleAsync(ChildEnteredCare message, CancellationToken cancellationToken)
    {
        var child = await HealthChildren.UpsertAsync(Db, message.ChildId, message.GivenName, message.FamilyName, message.DateOfBirth,
            message.PlacementAuthorityCode, message.IsOutOfArea, message.OccurredAt, cancellationToken);
        var period = await HealthChildren.PeriodAsync(Db, child, message.PeriodOfCareId, cancellationToken);
        period.StartedOn = message.EnteredCareOn;
        period.IsShortBreaks = message.LegalStatus is "V3" or "V4";

        // A second event for the same period (the inbox stops only redelivery of the same message) opens nothing more.
        if (period.EndedOn is not null || period.IsShortBreaks
            || await Db.Assessments.AnyAsync(a => a.PeriodOfCareId == period.Id && a.Kind == AssessmentKind.Initial, cancellationToken))
        {
            return;
        }

        var initial = planner.OpenInitial(child.Id, period.Id, message.EnteredCareOn);
        await audit.RecordAsync(new AuditEntry("ChildEnteredCare consumed", "health-assessment", message.ChildId, initial.Id.ToString()), cancellationToken);
    }
}
