using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Audit;

/// <summary>Reads the trail of <typeparamref name="TContext"/>'s database for one child or one person, newest first.</summary>
public sealed class AuditRecordSearch<TContext>(TContext context) where TContext : DbContext
{
    /// <param name="page">From 1.</param>
    /// <param name="pageSize">From 1.</param>
    public async Task<AuditRecordPage> FindAsync(Guid? childId, string? subject, int page, int pageSize, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var query = context.Set<AuditRecord>().AsNoTracking();
        if (childId is { } child)
        {
            query = query.Where(r => r.ChildId == child);
        }
        if (subject is not null)
        {
            query = query.Where(r => r.Subject == subject);
        }
        var total = await query.LongCountAsync(ct);
        var items = await query
            .OrderByDescending(r => r.Id)
            .Skip(checked((page - 1) * pageSize))
            .Take(pageSize)
            .ToListAsync(ct);
        return new AuditRecordPage(items, total);
    }
}
