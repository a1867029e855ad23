using CorporateParenting.ServiceStore;
using CorporateParenting.Audit;
using CorporateParenting.Messaging;
using CorporateParenting.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;

namespace Placements.Api.Infrastructure;

public sealed class PlacementsDbContext(DbContextOptions<PlacementsDbContext> options) : DbContext(options)
{
    public DbSet<ChildRow> Children => Set<ChildRow>();
    public DbSet<PeriodOfCareRow> PeriodsOfCare => Set<PeriodOfCareRow>();
    public DbSet<ProcessedCommandRow> ProcessedCommands => Set<ProcessedCommandRow>();

    /// <summary>A child with everything a command may change: periods, episodes and social workers.</summary>
    public async Task<ChildRow> LoadChildAsync(Guid childId, CancellationToken cancellationToken) =>
        await Children.Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes).Include(c => c.SocialWorkerAllocations)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == childId, cancellationToken)
        ?? throw new NotFoundException("Child", childId);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlacementsDbContext).Assembly);
        modelBuilder.ApplyServiceStore();
    }
}
