using CorporateParenting.Audit;
using CorporateParenting.Messaging;
using Health.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Infrastructure;

public sealed class HealthDbContext(DbContextOptions<HealthDbContext> options) : DbContext(options)
{
    public DbSet<HealthChild> Children => Set<HealthChild>();
    public DbSet<CarePeriodRecord> PeriodsOfCare => Set<CarePeriodRecord>();
    public DbSet<HealthAssessment> Assessments => Set<HealthAssessment>();
    public DbSet<AssessmentEventRecord> AssessmentEvents => Set<AssessmentEventRecord>();
    public DbSet<SdqRecord> Sdqs => Set<SdqRecord>();
    public DbSet<ChargeRecord> Charges => Set<ChargeRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HealthDbContext).Assembly);
        modelBuilder.ApplyOutboxAndInbox();
        modelBuilder.ApplyAuditTrail();
    }
}
