using System.Collections.Concurrent;
using System.Diagnostics;

namespace CorporateParenting.Infrastructure.Tests;

/// <summary>One ephemeral set of local servers on free ports, shared by a test class.</summary>
public sealed class LocalInfrastructureFixture : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _log = new();

    public IRunningInfrastructure Infrastructure { get; private set; } = null!;

    public string DataDirectory { get; } = TestData.NewDirectory("infra");

    public TimeSpan StartTime { get; private set; }

    public IEnumerable<string> StartLog => _log;

    public async Task InitializeAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        Infrastructure = await InfrastructureLauncher.StartAsync(
            new InfrastructureOptions
            {
                DataDirectory = DataDirectory,
                PostgresPort = 0,
                RabbitMqPort = 0,
                Ephemeral = true,
                Mode = InfrastructureMode.LocalServers,
            },
            new TestLogger(_log.Enqueue));
        StartTime = stopwatch.Elapsed;
    }

    public async Task DisposeAsync()
    {
        if (Infrastructure is not null)
        {
            await Infrastructure.DisposeAsync();
        }
    }
}
