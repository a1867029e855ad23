using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using CorporateParenting.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CorporateParenting.Hosting;

/// <summary>PostgreSQL run from the installed binaries as an executable resource, for machines without a container runtime.</summary>
public sealed class LocalPostgresServerResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public EndpointReference Endpoint => field ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={Endpoint.Property(EndpointProperty.Host)};Port={Endpoint.Property(EndpointProperty.Port)};Username={DevelopmentCredentials.PostgresUser};Password={DevelopmentCredentials.PostgresPassword}");

    internal PrivatePostgresServer Cluster { get; init; } = null!;

    internal List<LocalPostgresDatabaseResource> Databases { get; } = [];
}

/// <summary>A database of its own for one service on the local PostgreSQL server; created once the server is ready.</summary>
public sealed class LocalPostgresDatabaseResource(string name, LocalPostgresServerResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresServerResource>, IResourceWithConnectionString
{
    public LocalPostgresServerResource Parent { get; } = parent;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={Name}");
}

public static class LocalPostgresExtensions
{
    /// <summary>
    /// PostgreSQL as a process: on start, the cluster under <paramref name="dataDirectory"/> is initialised (initdb on
    /// first use) and the server runs in the foreground on the port Aspire allocates; it is healthy once a real
    /// connection opens, and stops with a fast shutdown so open client connections cannot hold it.
    /// </summary>
    public static IResourceBuilder<LocalPostgresServerResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, int? port, string dataDirectory)
    {
        var root = Path.Combine(dataDirectory, "postgres");
        var cluster = new PrivatePostgresServer(root, port: 0, ephemeral: false, skipsDurability: false, LocalServers.Logger(builder, name));
        var (command, _) = cluster.ForegroundCommand();
        var server = new LocalPostgresServerResource(name, command, root) { Cluster = cluster };

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server, (_, ct) => cluster.PrepareAsync(ct));
        // Aspire passes a parent's state on to its children only for containers: a database runs once it exists.
        builder.Eventing.Subscribe<ResourceReadyEvent>(server, async (@event, ct) =>
        {
            var admin = await server.ConnectionStringExpression.GetValueAsync(ct);
            var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
            foreach (var database in server.Databases)
            {
                await PostgresDatabases.EnsureAsync(admin + ";Database=postgres", database.Name, ct);
                await notifications.PublishUpdateAsync(database, state => state with
                {
                    State = KnownResourceStates.Running,
                    StartTimeStamp = DateTime.UtcNow,
                });
            }
        });
        LocalServers.StopWithTheApplication(builder, () => cluster.Root, cluster.StopFastAsync);

        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, ct => CanConnectAsync(server.ConnectionStringExpression, "postgres", ct));

        return builder.AddResource(server)
            .WithEndpoint(port: port, name: LocalPostgresServerResource.EndpointName, scheme: "tcp")
            .WithArgs(context =>
            {
                // After the init step, which may have moved the data folder.
                foreach (var argument in cluster.ForegroundCommand().Arguments)
                {
                    context.Args.Add(argument);
                }
                context.Args.Add("-p");
                context.Args.Add(server.Endpoint.Property(EndpointProperty.TargetPort));
            })
            .WithEnvironment(context => context.EnvironmentVariables[OwnedProcesses.MarkerVariable] = cluster.Root)
            .WithHealthCheck(healthCheck);
    }

    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(this IResourceBuilder<LocalPostgresServerResource> server, string name)
    {
        var database = new LocalPostgresDatabaseResource(name, server.Resource);
        server.Resource.Databases.Add(database);

        var healthCheck = $"{name}_check";
        server.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, ct => CanConnectAsync(server.Resource.ConnectionStringExpression, name, ct));
        return server.ApplicationBuilder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [],
            })
            .WithHealthCheck(healthCheck);
    }

    private static async Task<HealthCheckResult> CanConnectAsync(ReferenceExpression server, string database, CancellationToken ct)
    {
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(await server.GetValueAsync(ct)) { Database = database, Pooling = false, Timeout = 3 };
            await using var connection = new NpgsqlConnection(connectionString.ConnectionString);
            await connection.OpenAsync(ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }
}
