using CorporateParenting.Audit;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using Health.Api.Application;
using Health.Api.Infrastructure;
using Health.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Consumers;

/// <summary>
/// Closes the period of care and cancels what is still open in it: nothing is left orphaned on a worklist. If this
/// arrives before the period's start (events out of order), the recorded end stops an IHA being opened later.
/// </summary>
public sealed class ChildLeftCareConsumer(HealthDbContext db, IAuditTrail audit, TimeProvider clock)
    : IdempotentConsumer<ChildLeftCare, HealthDbContext>(db, clock)
{
    public const string CancelledBecause = "The child left care.";

    protected override async Task HandleAsync(ChildLeftCare message, CancellationToken cancellationToken)
    {
        var child = await HealthChildren.UpsertAsync(Db, message.ChildId, message.GivenName, message.FamilyName, message.DateOfBirth,
            placementAuthorityCode: string.Empty, isOutOfArea: false, DateTimeOffset.MinValue, cancellationToken);
        var period = await HealthChildren.PeriodAsync(Db, child, message.PeriodOfCareId, cancellationToken);
        period.StartedOn ??= message.EnteredCareOn;
        period.EndedOn = message.LeftCareOn;

        var open = await Db.Assessments.Include(a => a.Events)
            .Where(a => a.PeriodOfCareId == period.Id && AssessmentQueries.OpenStatuses.Contains(a.Status))
            .ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        foreach (var assessment in open)
        {
            // Cancelled on the day care ended, or on the day of the request if that was recorded later.
            var cancelledOn = assessment.Events.Where(e => e.Kind == AssessmentEventKind.Requested)
                .Select(e => e.OccurredOn).Append(message.LeftCareOn).Max();
            AssessmentReplay.Record(assessment, new AssessmentEventRecord
            {
                AssessmentId = assessment.Id,
                ClientRequestId = $"left-care:{message.PeriodOfCareId}:{assessment.Id}",
                Kind = AssessmentEventKind.Cancelled,
                OccurredOn = cancelledOn,
                Reason = CancelledBecause,
                RecordedBy = "system:health",
                RecordedAt = Clock.GetUtcNow(),
            }, today > cancelledOn ? today : cancelledOn);
            await audit.RecordAsync(new AuditEntry("ChildLeftCare consumed", "health-assessment", message.ChildId, assessment.Id.ToString()), cancellationToken);
        }
    }
}
