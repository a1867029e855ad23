using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using CorporateParenting.Infrastructure;

namespace CorporateParenting.Hosting;

/// <summary>
/// PostgreSQL, RabbitMQ and the SMTP server for the platform, from the one place that decides how: containers where a
/// container runtime answers, otherwise processes from the installed binaries and the repository's .NET tools
/// (Aspire's <c>AddPostgres</c> and <c>AddRabbitMQ</c> cannot run without a container runtime). <c>CP_INFRASTRUCTURE=containers|local</c> forces a choice.
/// </summary>
public static class PlatformInfrastructure
{
    /// <summary>The AppHost's data folder for the local servers: <c>AppHost:DataDirectory</c>, by default <c>.local/apphost</c> of the clone.</summary>
    public static string DataDirectory(IDistributedApplicationBuilder builder) =>
        builder.Configuration["AppHost:DataDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(RepositoryRoot.Find(), ".local", "apphost");

    private static readonly Lazy<bool> ContainersAnswer = new(() => InfrastructureLauncher.ResolveMode(InfrastructureMode.Auto) == InfrastructureMode.Containers);

    /// <summary>Decided once per process: asking for a Docker engine can take up to 2 s.</summary>
    public static bool UsesContainers => ContainersAnswer.Value;

    public static PlatformPostgres AddPlatformPostgres(this IDistributedApplicationBuilder builder, string name, int port)
    {
        if (UsesContainers)
        {
            var password = builder.AddParameter($"{name}-password", DevelopmentCredentials.PostgresPassword, secret: true);
            var container = builder.AddPostgres(name, password: password, port: port).WithDataVolume();
            return new PlatformPostgres(container, database => container.AddDatabase(database));
        }

        var local = builder.AddLocalPostgres(name, port, DataDirectory(builder));
        return new PlatformPostgres(local, database => local.AddDatabase(database));
    }

    public static IResourceBuilder<IResourceWithConnectionString> AddPlatformRabbitMq(this IDistributedApplicationBuilder builder, string name, int port)
    {
        if (UsesContainers)
        {
            var user = builder.AddParameter($"{name}-user", DevelopmentCredentials.RabbitMqUser);
            var password = builder.AddParameter($"{name}-password", DevelopmentCredentials.RabbitMqPassword, secret: true);
            return builder.AddRabbitMQ(name, user, password, port).WithDataVolume();
        }

        return builder.AddLocalRabbitMq(name, port, DataDirectory(builder));
    }

    /// <summary>smtp4dev: SMTP for the services on <paramref name="smtpPort"/>, and on <paramref name="webPort"/> a web view of every email sent, which never leaves the machine.</summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddPlatformSmtp(this IDistributedApplicationBuilder builder, string name, int smtpPort, int webPort) =>
        UsesContainers
            ? builder.AddSmtpContainer(name, smtpPort, webPort)
            : builder.AddLocalSmtp(name, smtpPort, webPort, DataDirectory(builder));
}

/// <summary>The PostgreSQL server, however it runs, and a way to give each service a database of its own on it.</summary>
public sealed class PlatformPostgres(IResourceBuilder<IResourceWithConnectionString> server, Func<string, IResourceBuilder<IResourceWithConnectionString>> addDatabase)
{
    public IResourceBuilder<IResourceWithConnectionString> Server { get; } = server;

    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) => addDatabase(name);
}
