using System.Security.Claims;
using CorporateParenting.Audit;
using CorporateParenting.Reporting;
using Microsoft.EntityFrameworkCore;
using Reporting.Api.Infrastructure;
using Reporting.Domain.Imports;

namespace Reporting.Api.Imports;

/// <summary>What an import kept and refused.</summary>
public sealed record ImportedTableView(string Table, string CollectionYear, int Rows, IReadOnlyList<RowRejection> Rejections);

/// <summary>
/// A table of the case system's own return for a year (docs/ssda903.md §7.5), checked row by row and put in place of
/// the year's last import of it in one transaction: a second import of the same file leaves the same rows, and a
/// failure leaves the last import whole.
/// </summary>
public sealed class ImportCaseSystemTable(ReportingDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public async Task<ImportedTableView> HandleAsync(CollectionYear year, string table, CsvTable file, ClaimsPrincipal user, CancellationToken ct)
    {
        var checkedTable = CaseSystemTables.Check(table, file, year);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.ImportedRows.Where(r => r.YearEnding == year.EndYear && r.Table == table).ExecuteDeleteAsync(ct);
        await db.ImportedTables.Where(t => t.YearEnding == year.EndYear && t.Table == table).ExecuteDeleteAsync(ct);
        db.ImportedRows.AddRange(checkedTable.Rows.Select(r => new ImportedRow
        {
            YearEnding = year.EndYear, Table = table, Line = r.Line, Child = r.Child, Dob = r.Dob, Values = [.. r.Values],
        }));
        db.ImportedTables.Add(new ImportedTableRecord
        {
            YearEnding = year.EndYear, Table = table, Rows = checkedTable.Rows.Count, Rejected = checkedTable.Rejections.Count,
            ImportedAt = clock.GetUtcNow(), ImportedBy = AuditActor.From(user, "reporting").Subject,
        });
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEntry($"PUT {Apis.Ssda903Api.Prefix}/{{yearEnding}}/tables/{{table}}", "ssda903-table", null, $"{year.Name} {table}"), ct);
        await transaction.CommitAsync(ct);
        return new ImportedTableView(table, year.Name, checkedTable.Rows.Count, checkedTable.Rejections);
    }
}
