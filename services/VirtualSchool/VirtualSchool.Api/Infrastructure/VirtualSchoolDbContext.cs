using CorporateParenting.ServiceStore;
using Microsoft.EntityFrameworkCore;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>The service's own database. Until its issue lands it holds only what every service has: the outbox, inbox and audit trail.</summary>
public sealed class VirtualSchoolDbContext(DbContextOptions<VirtualSchoolDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VirtualSchoolDbContext).Assembly);
        modelBuilder.ApplyServiceStore();
    }
}
