using CorporateParenting.Audit;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using Health.Domain;
using Health.Api.Infrastructure;
using Health.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Consumers;

/// <summary>Opens the Initial Health Assessment of a child who has just become looked after.</summary>
public sealed class ChildEnteredCareConsumer(HealthDbContext db, InitialHealthAssessmentSchedule schedule, IAuditTrail audit, TimeProvider clock)
    : IdempotentConsumer<ChildEnteredCare, HealthDbContext>(db, clock)
{
    protected override async Task HandleAsync(ChildEnteredCare message, CancellationToken cancellationToken)
    {
        // The inbox stops redelivery of this message; this stops a second event for the same period of care.
        if (await Db.Assessments.AnyAsync(a => a.PeriodOfCareId == message.PeriodOfCareId && a.Kind == AssessmentKind.Initial, cancellationToken))
        {
            return;
        }

        var assessment = new HealthAssessment
        {
            Id = Guid.CreateVersion7(),
            ChildId = message.ChildId,
            PeriodOfCareId = message.PeriodOfCareId,
            Kind = AssessmentKind.Initial,
            Status = AssessmentStatus.Due,
            LookedAfterSince = message.EnteredCareOn,
            DueOn = schedule.DueOn(message.EnteredCareOn),
            RequestToProviderDueOn = schedule.RequestToProviderDueOn(message.EnteredCareOn),
            CreatedAt = Clock.GetUtcNow(),
        };
        Db.Assessments.Add(assessment);
        await audit.RecordAsync(new AuditEntry("ChildEnteredCare consumed", "health-assessment", message.ChildId, assessment.Id.ToString()), cancellationToken);
    }
}
