using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.ServiceDefaults.Data;

/// <summary>
/// A set of ids read a page at a time in id order (keyset, each page starting after the last id of the one before),
/// so a query over a national caseload holds one page of children in memory, never the whole set. The caller loads
/// each page's rows with <c>page.Contains(row.ChildId)</c>.
/// </summary>
public static class KeysetPages
{
    /// <summary>Children a paged read holds at once, unless a caller has reason to hold fewer.</summary>
    public const int DefaultPageSize = 1_000;

    /// <param name="ids">The ids to page through; duplicates are read once.</param>
    /// <param name="pageSize">At most this many ids a page (fewer where the ids read repeat).</param>
    public static async IAsyncEnumerable<IReadOnlyList<Guid>> PagesAsync(
        IQueryable<Guid> ids, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        Guid? after = null;
        while (true)
        {
            var remaining = after is { } last ? ids.Where(id => id.CompareTo(last) > 0) : ids;
            // Duplicates are dropped here, not by DISTINCT: over a subquery the planner aggregates every remaining id
            // for each page (PostgreSQL 15), where ORDER BY id LIMIT reads the id index only as far as the page.
            var read = await remaining.OrderBy(id => id).Take(pageSize).ToListAsync(cancellationToken);
            if (read.Count > 0)
            {
                yield return [.. read.Distinct()];
            }
            if (read.Count < pageSize)
            {
                yield break;
            }
            after = read[^1];
        }
    }
}
