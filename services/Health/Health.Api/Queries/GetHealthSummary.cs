using CorporateParenting.Health.V1;
using CorporateParenting.ServiceDefaults.Validation;
using Health.Api.Grpc;
using Health.Api.Infrastructure;
using Health.Domain;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Queries;

/// <summary>health.v1 <c>GetHealthSummary</c> and <c>GET /api/children/{id}/health</c>.</summary>
public static class GetHealthSummaryQuery
{
    public static Guid ChildIdOf(GetHealthSummaryRequest request)
    {
        var errors = new FieldErrors();
        var childId = errors.RequiredGuid("child_id", request.ChildId);
        errors.ThrowIfAny();
        return childId;
    }
}

public sealed class GetHealthSummaryHandler(HealthDbContext db)
{
    /// <summary>
    /// Everything held for one child: assessments earliest due first, SDQs oldest first, and when the next SDQ is due.
    /// <c>Known</c> is false before any event about the child has arrived.
    /// </summary>
    public async Task<(bool Known, HealthSummary Summary)> HandleAsync(Guid childId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId, ct);
        var summary = new HealthSummary
        {
            ChildId = childId.ToString(),
            GivenName = child?.GivenName ?? string.Empty,
            FamilyName = child?.FamilyName ?? string.Empty,
            DateOfBirth = child?.DateOfBirth.ToString("yyyy-MM-dd") ?? string.Empty,
            Team = child?.Team ?? string.Empty,
        };
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.ChildId == childId).OrderBy(a => a.DueOn).ToListAsync(ct);
        summary.Assessments.AddRange(assessments.Select(HealthMessages.Of));
        var sdqs = await db.Sdqs.AsNoTracking().Where(s => s.ChildId == childId).OrderBy(s => s.CompletedOn).ToListAsync(ct);
        summary.Sdqs.AddRange(sdqs.Select(HealthMessages.Of));
        if (child is { PlacingAuthorityCode: null }
            && await db.PeriodsOfCare.AsNoTracking().Where(p => p.ChildId == childId && p.StartedOn != null && p.EndedOn == null && !p.IsShortBreaks)
                .Select(p => p.StartedOn).FirstOrDefaultAsync(ct) is { } lookedAfterSince)
        {
            var lastCarerSdq = sdqs.LastOrDefault(s => s.Informant == SdqInformant.Carer)?.CompletedOn;
            summary.SdqDueOn = SdqSchedule.NextDue(child.DateOfBirth, lookedAfterSince, lastCarerSdq)?.ToString("yyyy-MM-dd") ?? string.Empty;
        }
        return (child is not null, summary);
    }
}
