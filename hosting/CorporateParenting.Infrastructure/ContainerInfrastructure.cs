using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace CorporateParenting.Infrastructure;

/// <summary>PostgreSQL and RabbitMQ in Docker containers through Testcontainers.</summary>
internal sealed class ContainerInfrastructure : IRunningInfrastructure
{
    private const string PostgresImage = "postgres:15";
    private const string RabbitMqImage = "rabbitmq:3.13-management";
    private const ushort PostgresContainerPort = 5432;
    private const ushort AmqpContainerPort = 5672;
    private static readonly TimeSpan BrokerStartTimeout = TimeSpan.FromSeconds(60);

    private readonly PostgreSqlContainer _postgres;
    private readonly RabbitMqContainer _rabbitMq;
    private readonly InfrastructureOptions _options;
    private int _disposed;

    private ContainerInfrastructure(PostgreSqlContainer postgres, RabbitMqContainer rabbitMq, InfrastructureOptions options)
    {
        _postgres = postgres;
        _rabbitMq = rabbitMq;
        _options = options;
    }

    public string Description =>
        $"containers ({PostgresImage} on {_postgres.Hostname}:{PostgresPort}, {RabbitMqImage} on {RabbitMqUri.Host}:{RabbitMqUri.Port})";

    public string PostgresConnectionString => ConnectionStringFor("postgres");

    public Uri RabbitMqUri => DevelopmentCredentials.RabbitMqUri(_rabbitMq.Hostname, _rabbitMq.GetMappedPublicPort(AmqpContainerPort));

    private int PostgresPort => _postgres.GetMappedPublicPort(PostgresContainerPort);

    public static async Task<IRunningInfrastructure> StartAsync(InfrastructureOptions options, CancellationToken ct)
    {
        var infrastructure = new ContainerInfrastructure(BuildPostgres(options), BuildRabbitMq(options), options);
        try
        {
            await Task.WhenAll(infrastructure._postgres.StartAsync(ct), infrastructure._rabbitMq.StartAsync(ct));
            return infrastructure;
        }
        catch
        {
            await infrastructure.DisposeAsync();
            throw;
        }
    }

    public string ConnectionStringFor(string database) =>
        PostgresDatabases.ConnectionString(_postgres.Hostname, PostgresPort, database);

    public Task EnsureDatabaseAsync(string database, CancellationToken ct = default) =>
        PostgresDatabases.EnsureAsync(PostgresConnectionString, database, ct);

    public async Task StopBrokerAsync(CancellationToken ct = default)
    {
        var result = await _rabbitMq.ExecAsync(["rabbitmqctl", "stop_app"], ct);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl stop_app failed: {result.Stdout}{result.Stderr}");
        }
    }

    public async Task StartBrokerAsync(CancellationToken ct = default)
    {
        var result = await _rabbitMq.ExecAsync(["rabbitmqctl", "start_app"], ct);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl start_app failed: {result.Stdout}{result.Stderr}");
        }

        if (!await AmqpProbe.WaitUntilAnswersAsync(RabbitMqUri, BrokerStartTimeout, () => false, ct))
        {
            throw new InvalidOperationException($"RabbitMQ did not accept AMQP connections on {RabbitMqUri.Authority} after start_app.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await Task.WhenAll(_postgres.DisposeAsync().AsTask(), _rabbitMq.DisposeAsync().AsTask());
        if (_options.Ephemeral && Directory.Exists(_options.DataDirectory))
        {
            Directory.Delete(_options.DataDirectory, recursive: true);
        }
    }

    private static PostgreSqlContainer BuildPostgres(InfrastructureOptions options)
    {
        var builder = new PostgreSqlBuilder(PostgresImage)
            .WithUsername(DevelopmentCredentials.PostgresUser)
            .WithPassword(DevelopmentCredentials.PostgresPassword)
            .WithDatabase("postgres")
            .WithCommand("-c", "max_connections=300");
        builder = options.PostgresPort == 0
            ? builder.WithPortBinding(PostgresContainerPort, assignRandomHostPort: true)
            : builder.WithPortBinding(options.PostgresPort, PostgresContainerPort);
        if (options.SkipsDurability)
        {
            builder = builder.WithCommand("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
        }
        return (options.Ephemeral ? builder : builder.WithVolumeMount(VolumeName(options, "postgres"), "/var/lib/postgresql/data"))
            .Build();
    }

    private static RabbitMqContainer BuildRabbitMq(InfrastructureOptions options)
    {
        var builder = new RabbitMqBuilder(RabbitMqImage)
            .WithUsername(DevelopmentCredentials.RabbitMqUser)
            .WithPassword(DevelopmentCredentials.RabbitMqPassword);
        builder = options.RabbitMqPort == 0
            ? builder.WithPortBinding(AmqpContainerPort, assignRandomHostPort: true)
            : builder.WithPortBinding(options.RabbitMqPort, AmqpContainerPort);
        return (options.Ephemeral
                ? builder
                // RabbitMQ keeps its data per node name, which follows the host name: both must stay the same.
                : builder.WithHostname("cp-rabbitmq").WithVolumeMount(VolumeName(options, "rabbitmq"), "/var/lib/rabbitmq"))
            .Build();
    }

    /// <summary>A named volume per data folder, so that two checkouts of the repository do not share data.</summary>
    private static string VolumeName(InfrastructureOptions options, string server)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(options.DataDirectory)));
        return $"cp-{Convert.ToHexStringLower(hash)[..12]}-{server}";
    }
}
