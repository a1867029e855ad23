using System.Reflection;
using CorporateParenting.Audit;
using CorporateParenting.Messaging;
using CorporateParenting.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace CorporateParenting.ServiceStore;

/// <summary>
/// The store every service with data of its own keeps in its own PostgreSQL database: the DbContext (migrated at
/// start-up, checked for readiness), the transactional outbox and idempotent inbox on the bus, and the hash-chained
/// audit trail. One registration (<see cref="AddServiceStore{TContext}"/>) and one model call (<see cref="ApplyServiceStore"/>).
/// </summary>
public static class ServiceStoreExtensions
{
    public static IHostApplicationBuilder AddServiceStore<TContext>(
        this IHostApplicationBuilder builder, string database, string service, params Assembly[] consumerAssemblies)
        where TContext : DbContext
    {
        builder.AddServiceDatabase<TContext>(database);
        builder.AddMessaging<TContext>(service, consumerAssemblies);
        builder.AddAuditTrail<TContext>();
        return builder;
    }

    /// <summary>The store's own tables in the service's model: outbox, inbox and audit records.</summary>
    public static ModelBuilder ApplyServiceStore(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyOutboxAndInbox().ApplyAuditTrail();
}
