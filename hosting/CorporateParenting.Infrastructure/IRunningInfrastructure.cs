namespace CorporateParenting.Infrastructure;

public interface IRunningInfrastructure : IAsyncDisposable
{
    /// <summary>Human-readable summary, e.g. "local servers (PostgreSQL 15 on 127.0.0.1:55432, RabbitMQ on 127.0.0.1:55672)".</summary>
    string Description { get; }

    /// <summary>Aspire format: Host=...;Port=...;Username=postgres;Password=...;Database=postgres.</summary>
    string PostgresConnectionString { get; }

    /// <summary>The same server with Database=<paramref name="database"/>.</summary>
    string ConnectionStringFor(string database);

    /// <summary>CREATE DATABASE if it does not exist yet; safe to call concurrently.</summary>
    Task EnsureDatabaseAsync(string database, CancellationToken ct = default);

    /// <summary>amqp://guest:guest@host:port</summary>
    Uri RabbitMqUri { get; }

    /// <summary>The broker stops accepting and drops AMQP connections (rabbitmqctl stop_app); for fault tests.</summary>
    Task StopBrokerAsync(CancellationToken ct = default);

    /// <summary>The broker comes back on the same port (rabbitmqctl start_app); returns once AMQP answers.</summary>
    Task StartBrokerAsync(CancellationToken ct = default);
}
