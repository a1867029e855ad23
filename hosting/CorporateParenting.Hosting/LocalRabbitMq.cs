using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using CorporateParenting.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CorporateParenting.Hosting;

/// <summary>A RabbitMQ node run from Debian's rabbitmq-server as an executable resource, for machines without a container runtime.</summary>
public sealed class LocalRabbitMqResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public EndpointReference Endpoint => field ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{DevelopmentCredentials.RabbitMqUser}:{DevelopmentCredentials.RabbitMqPassword}@{Endpoint.Property(EndpointProperty.Host)}:{Endpoint.Property(EndpointProperty.Port)}/");
}

public static class LocalRabbitMqExtensions
{
    /// <summary>
    /// RabbitMQ as processes: its own <c>epmd</c> resource on a private port (an Erlang VM would otherwise start one that
    /// outlives the run), then the node on the AMQP port Aspire allocates, with its folders, cookie and plugins file
    /// under <paramref name="dataDirectory"/>; healthy once a real AMQP connection opens.
    /// </summary>
    public static IResourceBuilder<LocalRabbitMqResource> AddLocalRabbitMq(
        this IDistributedApplicationBuilder builder, string name, int? port, string dataDirectory)
    {
        var tools = RabbitMqTools.EnsureInstalledAsync(LocalServers.Logger(builder, name), CancellationToken.None).GetAwaiter().GetResult();
        var ports = FreePort.Pick(2);
        var (epmdPort, distributionPort) = (ports[0], ports[1]);
        var root = Path.Combine(dataDirectory, "rabbitmq");
        var node = new PrivateRabbitMqNode(root, port: 0, distributionPort, epmdPort, ephemeral: false,
            LocalServers.Logger(builder, name), nodeName: $"{name}@localhost");
        IReadOnlyDictionary<string, string> environment = new Dictionary<string, string>();

        var epmdHealthCheck = $"{name}-epmd_check";
        builder.Services.AddHealthChecks().AddAsyncCheck(epmdHealthCheck, async () =>
            await FreePort.AcceptsAsync(epmdPort, TimeSpan.FromSeconds(1)) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"epmd does not answer on 127.0.0.1:{epmdPort}"));
        var epmd = builder.AddExecutable($"{name}-epmd", tools.Epmd, root, "-port", epmdPort.ToString(), "-address", "127.0.0.1")
            .WithEnvironment(OwnedProcesses.MarkerVariable, root)
            .WithHealthCheck(epmdHealthCheck);
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(epmd.Resource, async (_, ct) => environment = (await node.PrepareAsync(ct)).Environment);
        LocalServers.StopWithTheApplication(builder, () => root); // rabbitmq-server stops the node itself on SIGTERM

        var rabbitMq = new LocalRabbitMqResource(name, tools.Server, root);
        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, async ct =>
            await AmqpProbe.AnswersAsync(new Uri(await rabbitMq.ConnectionStringExpression.GetValueAsync(ct) ?? ""), ct)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("RabbitMQ does not accept AMQP connections yet"));

        return builder.AddResource(rabbitMq)
            .WithEndpoint(port: port, name: LocalRabbitMqResource.EndpointName, scheme: "tcp")
            .WithEnvironment(context =>
            {
                foreach (var (key, value) in environment)
                {
                    context.EnvironmentVariables[key] = value;
                }
                context.EnvironmentVariables["RABBITMQ_NODE_PORT"] = rabbitMq.Endpoint.Property(EndpointProperty.TargetPort);
            })
            .WaitFor(epmd)
            .WithParentRelationship(epmd)
            .WithHealthCheck(healthCheck);
    }
}
