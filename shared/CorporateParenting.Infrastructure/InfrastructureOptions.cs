namespace CorporateParenting.Infrastructure;

public sealed class InfrastructureOptions
{
    /// <summary>A git-ignored folder of our own, e.g. &lt;repo&gt;/.local/apphost.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Loopback port for PostgreSQL; 0 picks a free one.</summary>
    public int PostgresPort { get; init; } = 55432;

    /// <summary>Loopback port for RabbitMQ (AMQP); 0 picks a free one.</summary>
    public int RabbitMqPort { get; init; } = 55672;

    /// <summary>True for tests: faster, non-durable servers, and DataDirectory is deleted on dispose.</summary>
    public bool Ephemeral { get; init; }

    public InfrastructureMode Mode { get; init; } = InfrastructureMode.Auto;
}
