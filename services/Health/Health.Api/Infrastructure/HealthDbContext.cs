using CorporateParenting.ServiceStore;
using CorporateParenting.Audit;
using CorporateParenting.Messaging;
using Health.Api.Infrastructure.Records;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Infrastructure;

public sealed class HealthDbContext(DbContextOptions<HealthDbContext> options) : DbContext(options)
{
    public DbSet<HealthChildRecord> Children => Set<HealthChildRecord>();
    public DbSet<CarePeriodRecord> PeriodsOfCare => Set<CarePeriodRecord>();
    public DbSet<HealthAssessmentRecord> Assessments => Set<HealthAssessmentRecord>();
    public DbSet<AssessmentEventRecord> AssessmentEvents => Set<AssessmentEventRecord>();
    public DbSet<SdqRecord> Sdqs => Set<SdqRecord>();
    public DbSet<ChargeRecord> Charges => Set<ChargeRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HealthDbContext).Assembly);
        modelBuilder.ApplyServiceStore();
    }
}
