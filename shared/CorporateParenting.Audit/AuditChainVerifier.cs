using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Audit;

/// <summary>
/// Recomputes the chain of <typeparamref name="TContext"/>'s database from the first row: a row whose content was
/// altered fails at that row, and a removed or reordered row fails at the row after the gap.
/// </summary>
public sealed class AuditChainVerifier<TContext>(TContext context) where TContext : DbContext
{
    public const int DefaultPageSize = 1000;

    public Task<AuditVerification> VerifyAsync(CancellationToken ct) => VerifyAsync(DefaultPageSize, ct);

    public async Task<AuditVerification> VerifyAsync(int pageSize, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var expectedPrevious = AuditHash.Genesis;
        var lastId = long.MinValue;
        long checkedRows = 0;
        while (true)
        {
            // Keyset pages: constant memory and constant cost per page however long the chain grows.
            var page = await context.Set<AuditRecord>()
                .AsNoTracking()
                .Where(r => r.Id > lastId)
                .OrderBy(r => r.Id)
                .Take(pageSize)
                .ToListAsync(ct);
            foreach (var row in page)
            {
                checkedRows++;
                if (!string.Equals(row.PreviousHash, expectedPrevious, StringComparison.Ordinal))
                {
                    return new AuditVerification(false, checkedRows, row.Id,
                        "previous_hash does not match the hash of the row before it: the row before it was removed, reordered or rewritten.");
                }
                if (!string.Equals(row.Hash, AuditHash.Compute(row), StringComparison.Ordinal))
                {
                    return new AuditVerification(false, checkedRows, row.Id,
                        "hash does not match the row's content: the row was altered.");
                }
                expectedPrevious = row.Hash;
                lastId = row.Id;
            }
            if (page.Count < pageSize)
            {
                return new AuditVerification(true, checkedRows, null, null);
            }
        }
    }
}
