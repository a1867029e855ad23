namespace CorporateParenting.Infrastructure;

public sealed class InfrastructureOptions
{
    /// <summary>A git-ignored folder of our own, e.g. &lt;repo&gt;/.local/apphost.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Loopback port for PostgreSQL; 0 picks a free one.</summary>
    public int PostgresPort { get; init; } = 55432;

    /// <summary>Loopback port for RabbitMQ (AMQP); 0 picks a free one.</summary>
    public int RabbitMqPort { get; init; } = 55672;

    /// <summary>True for tests and benchmarks: DataDirectory is deleted on dispose, and unless <see cref="DurableWrites"/>,
    /// PostgreSQL skips durability to run faster.</summary>
    public bool Ephemeral { get; init; }

    /// <summary>
    /// With <see cref="Ephemeral"/>: keep PostgreSQL's durability (fsync, synchronous commit, full-page writes) as a
    /// deployment has it, so that benchmarks measure what production would see. Tests leave it off: their data is
    /// thrown away, and durability only costs them time.
    /// </summary>
    public bool DurableWrites { get; init; }

    /// <summary>Whether PostgreSQL may skip the work that makes commits survive a crash.</summary>
    internal bool SkipsDurability => Ephemeral && !DurableWrites;

    public InfrastructureMode Mode { get; init; } = InfrastructureMode.Auto;
}
