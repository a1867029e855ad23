using CorporateParenting.ServiceStore;
using CorporateParenting.Audit;
using CorporateParenting.Messaging;
using CorporateParenting.ReadModels;
using Health.Api.Infrastructure.Rows;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Infrastructure;

public sealed class HealthDbContext(DbContextOptions<HealthDbContext> options) : DbContext(options)
{
    public DbSet<HealthChildRow> Children => Set<HealthChildRow>();
    public DbSet<CarePeriodRow> PeriodsOfCare => Set<CarePeriodRow>();
    public DbSet<HealthAssessmentRow> Assessments => Set<HealthAssessmentRow>();
    public DbSet<AssessmentEventRow> AssessmentEvents => Set<AssessmentEventRow>();
    public DbSet<SdqRow> Sdqs => Set<SdqRow>();
    public DbSet<ChargeRow> Charges => Set<ChargeRow>();
    public DbSet<OutcomeEventRow> OutcomeEvents => Set<OutcomeEventRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HealthDbContext).Assembly);
        modelBuilder.ApplyServiceStore();
        modelBuilder.ApplyReadModelRebuilds();
    }
}
