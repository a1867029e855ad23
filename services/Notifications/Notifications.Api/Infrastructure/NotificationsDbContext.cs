using CorporateParenting.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Notifications.Api.Infrastructure;

/// <summary>The service's own database. Until its issue lands it holds only the outbox and inbox every service needs.</summary>
public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
        modelBuilder.ApplyOutboxAndInbox();
    }
}
