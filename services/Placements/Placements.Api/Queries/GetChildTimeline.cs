using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using Placements.Api.Infrastructure;

namespace Placements.Api.Queries;

/// <summary><c>GET /api/children/{childId}</c>: a child's full timeline for staff; every read is audited.</summary>
public sealed class GetChildTimelineHandler(PlacementsDbContext db, IAuditTrail audit)
{
    public async Task<ChildTimeline> HandleAsync(Guid childId, CancellationToken cancellationToken)
    {
        var child = await db.Children.AsNoTracking()
                .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
                .Include(c => c.SocialWorkerAllocations)
                .Include(c => c.Corrections)
                .AsSplitQuery()
                .SingleOrDefaultAsync(c => c.Id == childId, cancellationToken)
            ?? throw new NotFoundException("Child", childId);
        await audit.RecordAsync(new AuditEntry("GET /api/children/{childId}", "child", childId), cancellationToken);
        return ChildTimeline.Of(child);
    }
}
