using CorporateParenting.Audit;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using Health.Api.Commands;
using Health.Api.Infrastructure;
using Health.Domain;

namespace Health.Api.Consumers;

/// <summary>Records the child and the new period of care, and opens the IHA if <see cref="InitialHealthAssessment"/> says so.</summary>
public sealed class ChildEnteredCareConsumer(
    HealthDbContext db, InitialHealthAssessment rule, AssessmentPlanner planner, IAuditTrail audit, TimeProvider clock)
    : IdempotentConsumer<ChildEnteredCare, HealthDbContext>(db, clock)
{
    protected override async Task HandleAsync(ChildEnteredCare message, CancellationToken cancellationToken)
    {
        var child = await HealthChildren.UpsertAsync(Db, message.ChildId, message.GivenName, message.FamilyName, message.DateOfBirth,
            message.PlacementAuthorityCode, message.IsOutOfArea, message.OccurredAt, cancellationToken);
        var period = await HealthChildren.PeriodAsync(Db, child, message.PeriodOfCareId, cancellationToken);
        period.StartedOn = message.EnteredCareOn;
        period.IsShortBreaks = InitialHealthAssessment.IsShortBreaks(message.LegalStatus);

        // A second event for the same period (the inbox stops only redelivery of the same message), or a rebuild that got
        // there first (docs/health.md §8), opens nothing more.
        if (rule.OnEntryToCare(message.EnteredCareOn, message.LegalStatus, period.EndedOn) is not { } iha
            || await planner.HasFirstItemAsync(period.Id, cancellationToken))
        {
            return;
        }

        var initial = planner.OpenInitial(child.Id, period.Id, iha);
        await audit.RecordAsync(new AuditEntry("ChildEnteredCare consumed", "health-assessment", message.ChildId, initial.Id.ToString()), cancellationToken);
    }
}
