using CorporateParenting.Audit;
using CorporateParenting.Messaging;
using Health.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Infrastructure;

public sealed class HealthDbContext(DbContextOptions<HealthDbContext> options) : DbContext(options)
{
    public DbSet<HealthAssessment> Assessments => Set<HealthAssessment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HealthDbContext).Assembly);
        modelBuilder.ApplyOutboxAndInbox();
        modelBuilder.ApplyAuditTrail();
    }
}
