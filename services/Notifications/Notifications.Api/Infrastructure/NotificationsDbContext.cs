using CorporateParenting.ServiceStore;
using Microsoft.EntityFrameworkCore;

namespace Notifications.Api.Infrastructure;

public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public DbSet<InboundNotificationRow> InboundNotifications => Set<InboundNotificationRow>();

    public DbSet<OutboundNotificationRow> OutboundNotifications => Set<OutboundNotificationRow>();

    public DbSet<PartnerRow> Partners => Set<PartnerRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
        modelBuilder.ApplyServiceStore();
    }
}
