using System.Reflection;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CorporateParenting.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit on the RabbitMQ named by <c>ConnectionStrings:messaging</c>, the same in every service:
    /// queues prefixed by <paramref name="serviceName"/>, its consumers,
    /// bounded retry then <c>_error</c> queue, and the outbox dispatcher for <typeparamref name="TContext"/>.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TContext>(
        this IHostApplicationBuilder builder, string serviceName, params Assembly[] consumerAssemblies)
        where TContext : DbContext =>
        builder.AddMessaging<TContext>(serviceName, bus => bus.AddConsumers(consumerAssemblies));

    /// <inheritdoc cref="AddMessaging{TContext}(IHostApplicationBuilder, string, Assembly[])"/>
    public static IHostApplicationBuilder AddMessaging<TContext>(
        this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator> addConsumers)
        where TContext : DbContext
    {
        var brokerUri = new Uri(builder.Configuration.GetRequiredConnectionString(ResourceNames.Messaging));

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, false));
            // MassTransit 8.4+ reports how the bus is configured to its makers by default; a council's platform sends
            // nothing outside the authority, and its hosts may have no route out at all.
            bus.ConfigureUsageTelemetryOptions(options => options.Enabled = false);
            addConsumers(bus);
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
                endpoint.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500))));
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(brokerUri);
                rabbit.ConfigureEndpoints(context);
            });
        });

        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.Services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<OutboxSignalInterceptor>());
        builder.Services.AddSingleton<IInterceptor, OutboxCommitInterceptor>();
        builder.Services.AddSingleton<OutboxDispatcher<TContext>>();
        builder.Services.AddSingleton<IOutboxDispatcher>(sp => sp.GetRequiredService<OutboxDispatcher<TContext>>());
        builder.Services.AddHostedService<OutboxDispatcherService<TContext>>();
        return builder;
    }
}
