using CorporateParenting.Health.V1;
using CorporateParenting.ServiceDefaults.Validation;
using Grpc.Core;
using Health.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Grpc;

public sealed class HealthGrpcService(HealthDbContext db) : CorporateParenting.Health.V1.Health.HealthBase
{
    public override async Task<HealthSummary> GetHealthSummary(GetHealthSummaryRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var childId = errors.RequiredGuid("child_id", request.ChildId);
        errors.ThrowIfAny();

        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.ChildId == childId)
            .OrderBy(a => a.DueOn)
            .ToListAsync(context.CancellationToken);

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
