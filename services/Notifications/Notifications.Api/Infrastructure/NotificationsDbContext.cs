using CorporateParenting.ServiceStore;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Model;

namespace Notifications.Api.Infrastructure;

public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public DbSet<InboundNotification> InboundNotifications => Set<InboundNotification>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
        modelBuilder.ApplyServiceStore();
    }
}
