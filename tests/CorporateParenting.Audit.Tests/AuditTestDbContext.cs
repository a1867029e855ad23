using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Audit.Tests;

/// <summary>A minimal service database: one table of children, and the audit trail.</summary>
public sealed class AuditTestDbContext(DbContextOptions<AuditTestDbContext> options) : DbContext(options)
{
    public DbSet<ChildRecord> Children => Set<ChildRecord>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ChildRecord>(child =>
        {
            child.ToTable("children");
            child.HasKey(c => c.Id);
        });
        modelBuilder.ApplyAuditTrail();
    }
}

public sealed class ChildRecord
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; set; }
}
