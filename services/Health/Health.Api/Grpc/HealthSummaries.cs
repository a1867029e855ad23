using Health.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using V1 = CorporateParenting.Health.V1;

namespace Health.Api.Grpc;

public static class HealthSummaries
{
    /// <summary>Everything held for one child: assessments earliest due first, SDQs oldest first; <c>Known</c> is false before any event about the child arrived.</summary>
    public static async Task<(bool Known, V1.HealthSummary Summary)> ReadAsync(HealthDbContext db, Guid childId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId, ct);
        var summary = new V1.HealthSummary
        {
            ChildId = childId.ToString(),
            GivenName = child?.GivenName ?? string.Empty,
            FamilyName = child?.FamilyName ?? string.Empty,
            DateOfBirth = child?.DateOfBirth.ToString("yyyy-MM-dd") ?? string.Empty,
            Team = child?.Team ?? string.Empty,
        };
        summary.Assessments.AddRange((await db.Assessments.AsNoTracking().Where(a => a.ChildId == childId).OrderBy(a => a.DueOn).ToListAsync(ct)).Select(HealthMessages.Of));
        summary.Sdqs.AddRange((await db.Sdqs.AsNoTracking().Where(s => s.ChildId == childId).OrderBy(s => s.CompletedOn).ToListAsync(ct)).Select(HealthMessages.Of));
        return (child is not null, summary);
    }
}
