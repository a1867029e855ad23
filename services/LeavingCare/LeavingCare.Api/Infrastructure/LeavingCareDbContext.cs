using CorporateParenting.ReadModels;
using CorporateParenting.ServiceStore;
using Microsoft.EntityFrameworkCore;

namespace LeavingCare.Api.Infrastructure;

/// <summary>The service's own database: the young people, their status history, advisers and pathway plan steps, and the outbox, inbox and audit trail every service has.</summary>
public sealed class LeavingCareDbContext(DbContextOptions<LeavingCareDbContext> options) : DbContext(options)
{
    public DbSet<YoungPersonRow> YoungPeople => Set<YoungPersonRow>();

    public DbSet<CareLeaverStatusRow> Statuses => Set<CareLeaverStatusRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LeavingCareDbContext).Assembly);
        modelBuilder.ApplyServiceStore();
        modelBuilder.ApplyReadModelRebuilds();
    }
}
