using CorporateParenting.Audit;
using Microsoft.EntityFrameworkCore;

namespace Reporting.Api.Infrastructure;

/// <summary>
/// The service's own database: the audit trail of who produced which year's return, and the tables imported from the
/// case system that no service records (docs/ssda903.md §7.5).
/// </summary>
public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : DbContext(options)
{
    public DbSet<ImportedTableRecord> ImportedTables => Set<ImportedTableRecord>();

    public DbSet<ImportedRow> ImportedRows => Set<ImportedRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyAuditTrail();
        modelBuilder.Entity<ImportedTableRecord>(table =>
        {
            table.ToTable("imported_tables");
            table.HasKey(t => new { t.YearEnding, t.Table });
            table.Property(t => t.YearEnding).HasColumnName("year_ending");
            table.Property(t => t.Table).HasColumnName("table_name").HasMaxLength(20);
            table.Property(t => t.Rows).HasColumnName("rows");
            table.Property(t => t.Rejected).HasColumnName("rejected");
            table.Property(t => t.ImportedAt).HasColumnName("imported_at");
            table.Property(t => t.ImportedBy).HasColumnName("imported_by").HasMaxLength(200);
        });
        modelBuilder.Entity<ImportedRow>(row =>
        {
            row.ToTable("imported_rows");
            row.HasKey(r => r.Id);
            row.Property(r => r.Id).HasColumnName("id").UseIdentityAlwaysColumn();
            row.Property(r => r.YearEnding).HasColumnName("year_ending");
            row.Property(r => r.Table).HasColumnName("table_name").HasMaxLength(20);
            row.Property(r => r.Line).HasColumnName("line");
            row.Property(r => r.Child).HasColumnName("child").HasMaxLength(50);
            row.Property(r => r.Dob).HasColumnName("dob").HasMaxLength(10);
            row.Property(r => r.Values).HasColumnName("field_values");
            row.HasIndex(r => new { r.YearEnding, r.Table, r.Line });
        });
    }
}
