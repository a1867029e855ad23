using CorporateParenting.Audit;
using Microsoft.EntityFrameworkCore;

namespace Reporting.Api.Infrastructure;

/// <summary>The service's own database: only the audit trail of who produced which year's return.</summary>
public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyAuditTrail();
}
