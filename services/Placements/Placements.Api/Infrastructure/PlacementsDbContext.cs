using CorporateParenting.Audit;
using CorporateParenting.Messaging;
using Microsoft.EntityFrameworkCore;
using Placements.Api.Model;

namespace Placements.Api.Infrastructure;

public sealed class PlacementsDbContext(DbContextOptions<PlacementsDbContext> options) : DbContext(options)
{
    public DbSet<Child> Children => Set<Child>();
    public DbSet<PeriodOfCare> PeriodsOfCare => Set<PeriodOfCare>();
    public DbSet<ProcessedCommand> ProcessedCommands => Set<ProcessedCommand>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlacementsDbContext).Assembly);
        modelBuilder.ApplyOutboxAndInbox();
        modelBuilder.ApplyAuditTrail();
    }
}
