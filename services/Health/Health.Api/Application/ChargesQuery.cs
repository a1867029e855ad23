using Health.Api.Infrastructure;
using Health.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Application;

public sealed record ChargeStatement(string PlacingAuthorityCode, DateOnly From, DateOnly To, IReadOnlyList<ChargeRecord> Items, decimal Total);

/// <summary>What one placing authority owes for the reviews completed in a period, both ends included.</summary>
public sealed class ChargesQuery(HealthDbContext db)
{
    public async Task<ChargeStatement> StatementAsync(string placingAuthorityCode, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var items = await db.Charges.AsNoTracking()
            .Where(c => c.PlacingAuthorityCode == placingAuthorityCode && c.CompletedOn >= from && c.CompletedOn <= to)
            .OrderBy(c => c.CompletedOn).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return new ChargeStatement(placingAuthorityCode, from, to, items, items.Sum(c => c.Amount));
    }
}
