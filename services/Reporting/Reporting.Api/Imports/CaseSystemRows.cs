using CorporateParenting.Reporting;
using Microsoft.EntityFrameworkCore;
using Reporting.Api.Infrastructure;

namespace Reporting.Api.Imports;

/// <summary>A year's imported tables as the return writes them, and what is held.</summary>
public sealed class CaseSystemRows(ReportingDbContext db)
{
    /// <summary>The rows of a table in the order of the file they came from.</summary>
    public IAsyncEnumerable<ImportedRow> RowsAsync(CollectionYear year, string table) =>
        db.ImportedRows.AsNoTracking().Where(r => r.YearEnding == year.EndYear && r.Table == table).OrderBy(r => r.Line).AsAsyncEnumerable();

    public async Task<IReadOnlyList<ImportedTableRecord>> HeldAsync(CollectionYear year, CancellationToken ct) =>
        await db.ImportedTables.AsNoTracking().Where(t => t.YearEnding == year.EndYear).OrderBy(t => t.Table).ToListAsync(ct);
}
