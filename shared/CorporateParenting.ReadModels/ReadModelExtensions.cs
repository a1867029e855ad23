using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PlacementsClient = CorporateParenting.Placements.V1.Placements.PlacementsClient;

namespace CorporateParenting.ReadModels;

public static class ReadModelExtensions
{
    /// <summary>The named gRPC client of Placements' care histories (a test may give it another primary handler).</summary>
    public const string PlacementsClientName = "placements-care-histories";

    /// <summary>
    /// A read model of Placements' register, built on first start and rebuilt on demand: <typeparamref name="THandler"/>
    /// applies each child in <typeparamref name="TContext"/>'s transaction. The service's model calls
    /// <see cref="ReadModelModelBuilderExtensions.ApplyReadModelRebuilds"/>, and its endpoints
    /// <see cref="ReadModelRebuildApi.MapReadModelRebuildApi{TContext}"/>.
    /// </summary>
    /// <param name="service">The calling service's name, e.g. <c>health</c>: the subject of its token to Placements.</param>
    public static IHostApplicationBuilder AddCareHistoryReadModel<TContext, THandler>(this IHostApplicationBuilder builder, string service)
        where TContext : DbContext
        where THandler : class, ICareHistorySnapshotHandler
    {
        var options = builder.Configuration.GetSection(ReadModelOptions.Section).Get<ReadModelOptions>() ?? new ReadModelOptions();
        builder.Services.AddOptions<ReadModelOptions>().BindConfiguration(ReadModelOptions.Section);

        // No resilience handler (the platform's HTTP default): it would time out and retry a stream that takes minutes;
        // the runner resumes a broken one itself. Service discovery stays, from the same defaults.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked for evaluation; it is the documented way to undo a default.
        builder.Services.AddGrpcClient<PlacementsClient>(PlacementsClientName, client => client.Address = new Uri(options.PlacementsAddress))
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IServiceTokenSource>(services =>
            new DevelopmentServiceTokenSource(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>(), service));
        builder.Services.AddSingleton<ICareHistorySource, PlacementsCareHistorySource>();

        builder.Services.AddSingleton<ReadModelRebuildSignal>();
        builder.Services.AddScoped<ReadModelRebuilds<TContext>>();
        builder.Services.AddSingleton<ReadModelRebuildRunner<TContext>>();
        builder.Services.AddScoped<ICareHistorySnapshotHandler, THandler>();
        builder.Services.AddHostedService<ReadModelRebuildService<TContext>>();
        return builder;
    }
}
