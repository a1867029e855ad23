using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CorporateParenting.Audit;

public static class AuditTrailExtensions
{
    /// <summary>
    /// <see cref="IAuditTrail"/>, the background <see cref="AuditChainer{TContext}"/>, <see cref="AuditChainVerifier{TContext}"/>
    /// and <see cref="AuditRecordSearch{TContext}"/> on the service's own scoped
    /// <typeparamref name="TContext"/> (registered separately, e.g. by <c>AddServiceDatabase</c>), whose model calls
    /// <see cref="AuditModelBuilderExtensions.ApplyAuditTrail"/>.
    /// </summary>
    public static IHostApplicationBuilder AddAuditTrail<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IAuditTrail, AuditTrail<TContext>>();
        builder.Services.AddScoped<AuditChain<TContext>>();
        builder.Services.AddHostedService<AuditChainer<TContext>>();
        builder.Services.AddScoped<AuditChainVerifier<TContext>>();
        builder.Services.AddScoped<AuditRecordSearch<TContext>>();
        return builder;
    }
}
