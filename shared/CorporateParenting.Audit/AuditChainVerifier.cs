using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Audit;

/// <summary>
/// Recomputes the chain of <typeparamref name="TContext"/>'s database from its first position: a row whose content was
/// altered fails at that row, and a removed or reordered row fails at the row after the gap. Rows not chained yet are
/// counted, not checked; they are at most a poll of <see cref="AuditChainer{TContext}"/> old.
/// </summary>
public sealed class AuditChainVerifier<TContext>(TContext context) where TContext : DbContext
{
    public const int DefaultPageSize = 1000;

    public Task<AuditVerification> VerifyAsync(CancellationToken ct) => VerifyAsync(DefaultPageSize, ct);

    public async Task<AuditVerification> VerifyAsync(int pageSize, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var records = context.Set<AuditRecord>().AsNoTracking();
        var awaitingChain = await records.LongCountAsync(r => r.ChainPosition == null, ct);
        var expectedPrevious = AuditHash.Genesis;
        var lastPosition = long.MinValue;
        long checkedRows = 0;
        while (true)
        {
            // Keyset pages: constant memory and constant cost per page however long the chain grows.
            var page = await records
                .Where(r => r.ChainPosition > lastPosition)
                .OrderBy(r => r.ChainPosition)
                .Take(pageSize)
                .ToListAsync(ct);
            foreach (var row in page)
            {
                checkedRows++;
                if (!string.Equals(row.PreviousHash, expectedPrevious, StringComparison.Ordinal))
                {
                    return new AuditVerification(false, checkedRows, row.Id,
                        "previous_hash does not match the hash of the row before it: the row before it was removed, reordered or rewritten.",
                        awaitingChain);
                }
                if (!string.Equals(row.Hash, AuditHash.Compute(row, expectedPrevious), StringComparison.Ordinal))
                {
                    return new AuditVerification(false, checkedRows, row.Id,
                        "hash does not match the row's content: the row was altered.", awaitingChain);
                }
                expectedPrevious = row.Hash!;
                lastPosition = row.ChainPosition!.Value;
            }
            if (page.Count < pageSize)
            {
                return new AuditVerification(true, checkedRows, null, null, awaitingChain);
            }
        }
    }
}
