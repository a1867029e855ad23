using CorporateParenting.Audit;
using CorporateParenting.Health.V1;
using CorporateParenting.ServiceDefaults.Validation;
using CorporateParenting.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Health.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Grpc;

public sealed class HealthGrpcService(HealthDbContext db, IAuditTrail audit) : CorporateParenting.Health.V1.Health.HealthBase
{
    [Authorize(Policy = Policies.ReadHealthRecords)]
    public override async Task<HealthSummary> GetHealthSummary(GetHealthSummaryRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var childId = errors.RequiredGuid("child_id", request.ChildId);
        errors.ThrowIfAny();

        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.ChildId == childId)
            .OrderBy(a => a.DueOn)
            .ToListAsync(context.CancellationToken);
        await audit.RecordAsync(new AuditEntry("health.v1.Health/GetHealthSummary", "health-assessment", childId), context.CancellationToken);

        var summary = new HealthSummary { ChildId = childId.ToString() };
        summary.Assessments.AddRange(assessments.Select(a => new HealthAssessment
        {
            AssessmentId = a.Id.ToString(),
            Kind = a.Kind.ToString().ToUpperInvariant(),
            Status = a.Status.ToString().ToUpperInvariant(),
            DueOn = a.DueOn.ToString("yyyy-MM-dd"),
            RequestToProviderDueOn = a.RequestToProviderDueOn.ToString("yyyy-MM-dd"),
            LookedAfterSince = a.LookedAfterSince.ToString("yyyy-MM-dd"),
        }));
        return summary;
    }
}
