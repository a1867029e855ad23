using CorporateParenting.Calendar;
using System.Linq.Expressions;
using CorporateParenting.Audit;
using Health.Api.Infrastructure;
using Health.Api.Infrastructure.Rows;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Commands;

/// <summary>Cancels open assessments because the child's situation ended them (left care, left the placement here).</summary>
public sealed class AssessmentCancellation(HealthDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public async Task CancelOpenAsync(
        Expression<Func<HealthAssessmentRow, bool>> which, DateOnly endedOn, string reason, string requestIdPrefix, string auditAction,
        CancellationToken cancellationToken)
    {
        var open = await db.Assessments.Include(a => a.Events)
            .Where(which).Where(a => HealthAssessmentRow.OpenStatuses.Contains(a.Status))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = now.UtcDate();
        foreach (var assessment in open)
        {
            // Cancelled on the day it ended, or on the day of the request if that was recorded later.
            var cancelledOn = assessment.Events.Where(e => e.Kind == AssessmentEventKind.Requested)
                .Select(e => e.OccurredOn).Append(endedOn).Max();
            AssessmentReplay.Record(assessment, new AssessmentEventRow
            {
                AssessmentId = assessment.Id,
                ClientRequestId = $"{requestIdPrefix}:{assessment.Id}",
                Kind = AssessmentEventKind.Cancelled,
                OccurredOn = cancelledOn,
                Reason = reason,
                RecordedBy = "system:health",
                RecordedAt = now,
            }, today > cancelledOn ? today : cancelledOn);
            await audit.RecordAsync(new AuditEntry(auditAction, "health-assessment", assessment.ChildId, assessment.Id.ToString()), cancellationToken);
        }
    }
}
