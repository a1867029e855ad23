using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;

namespace CorporateParenting.Infrastructure;

/// <summary>PostgreSQL and RabbitMQ as private servers built from locally installed binaries.</summary>
internal sealed class LocalServersInfrastructure : IRunningInfrastructure
{
    private readonly string _dataDirectory;
    private readonly bool _ephemeral;
    private readonly PrivatePostgresServer _postgres;
    private readonly PrivateRabbitMqNode _rabbitMq;
    private readonly ILogger _logger;
    private int _disposed;

    private LocalServersInfrastructure(
        string dataDirectory, bool ephemeral, PrivatePostgresServer postgres, PrivateRabbitMqNode rabbitMq, ILogger logger)
    {
        _dataDirectory = dataDirectory;
        _ephemeral = ephemeral;
        _postgres = postgres;
        _rabbitMq = rabbitMq;
        _logger = logger;
        // Safety net for a host that exits without disposing us (e.g. SIGTERM); SIGKILL still leaves orphans,
        // which the next start on the same DataDirectory clears.
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    public string Description =>
        $"local servers (PostgreSQL {_postgres.Version} on 127.0.0.1:{_postgres.Port}, RabbitMQ on 127.0.0.1:{_rabbitMq.Port})";

    public string PostgresConnectionString => ConnectionStringFor("postgres");

    public Uri RabbitMqUri => _rabbitMq.Uri;

    public static async Task<IRunningInfrastructure> StartAsync(InfrastructureOptions options, ILogger logger, CancellationToken ct)
    {
        var dataDirectory = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(dataDirectory);

        var fixedPorts = new[] { options.PostgresPort, options.RabbitMqPort }.Where(p => p != 0).ToArray();
        var free = new Queue<int>(FreePort.Pick(4 - fixedPorts.Length, fixedPorts));
        var postgresPort = options.PostgresPort == 0 ? free.Dequeue() : options.PostgresPort;
        var amqpPort = options.RabbitMqPort == 0 ? free.Dequeue() : options.RabbitMqPort;

        var postgres = new PrivatePostgresServer(Path.Combine(dataDirectory, "postgres"), postgresPort, options.Ephemeral, options.SkipsDurability, logger);
        var rabbitMq = new PrivateRabbitMqNode(Path.Combine(dataDirectory, "rabbitmq"), amqpPort,
            distributionPort: free.Dequeue(), epmdPort: free.Dequeue(), options.Ephemeral, logger);
        var infrastructure = new LocalServersInfrastructure(dataDirectory, options.Ephemeral, postgres, rabbitMq, logger);

        // When one server fails the other is cancelled rather than left to finish starting for nothing.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var both = Task.WhenAll(StartOrCancel(postgres.StartAsync, failed), StartOrCancel(rabbitMq.StartAsync, failed));
        try
        {
            await both;
            return infrastructure;
        }
        catch
        {
            await infrastructure.DisposeAsync();
            // Task.WhenAll rethrows the first task's exception, which may be just the cancellation of the other.
            var failures = both.Exception?.InnerExceptions.Where(e => e is not OperationCanceledException).ToList() ?? [];
            switch (failures.Count)
            {
                case 1:
                    ExceptionDispatchInfo.Throw(failures[0]);
                    break;
                case > 1:
                    throw new AggregateException("Neither PostgreSQL nor RabbitMQ started.", failures);
            }

            throw;
        }
    }

    public string ConnectionStringFor(string database) =>
        PostgresDatabases.ConnectionString("127.0.0.1", _postgres.Port, database);

    public Task EnsureDatabaseAsync(string database, CancellationToken ct = default) =>
        PostgresDatabases.EnsureAsync(PostgresConnectionString, database, ct);

    public Task StopBrokerAsync(CancellationToken ct = default) => _rabbitMq.StopAppAsync(ct);

    public Task StartBrokerAsync(CancellationToken ct = default) => _rabbitMq.StartAppAsync(ct);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        await Task.WhenAll(_postgres.DisposeAsync().AsTask(), _rabbitMq.DisposeAsync().AsTask());
        if (_ephemeral && Directory.Exists(_dataDirectory))
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _logger.LogWarning(ex, "Could not delete {DataDirectory}", _dataDirectory);
            }
        }
    }

    private void OnProcessExit(object? sender, EventArgs e) => DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(15));

    private static async Task StartOrCancel(Func<CancellationToken, Task> start, CancellationTokenSource failed)
    {
        try
        {
            await start(failed.Token);
        }
        catch
        {
            await failed.CancelAsync();
            throw;
        }
    }
}
