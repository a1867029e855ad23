using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CorporateParenting.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers the service's one DbContext on the PostgreSQL database named <paramref name="connectionName"/>,
    /// its readiness check, and a start-up step that applies pending migrations before the service accepts requests.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetRequiredConnectionString(connectionName);
        // Interceptors registered by other building blocks (e.g. the outbox signal) apply to every service context.
        builder.Services.AddDbContext<TContext>((services, options) => options
            .UseNpgsql(connectionString)
            .AddInterceptors(services.GetServices<IInterceptor>()));
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>(connectionName, tags: ["ready"]);
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        return builder;
    }
}
