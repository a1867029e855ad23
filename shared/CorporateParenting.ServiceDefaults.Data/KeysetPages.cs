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
    /// <param name="ids">The ids to page through; duplicates are read once.</param>
    /// <param name="pageSize">At most this many ids a page.</param>
    public static async IAsyncEnumerable<IReadOnlyList<Guid>> PagesAsync(
        IQueryable<Guid> ids, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        Guid? after = null;
        while (true)
        {
            var remaining = after is { } last ? ids.Where(id => id.CompareTo(last) > 0) : ids;
            // GROUP BY, not Distinct(): EF puts a DISTINCT in a subquery ordered and limited outside it, so PostgreSQL
            // would dedupe every remaining id for each page; grouped, an index on the ids is read in order and stops
            // at the page's end.
            var page = await remaining.GroupBy(id => id).Select(same => same.Key).OrderBy(id => id).Take(pageSize).ToListAsync(cancellationToken);
            if (page.Count > 0)
            {
                yield return page;
            }
            if (page.Count < pageSize)
            {
                yield break;
            }
            after = page[^1];
        }
    }
}
