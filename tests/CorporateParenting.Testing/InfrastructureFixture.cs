using CorporateParenting.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace CorporateParenting.Testing;

/// <summary>
/// Real PostgreSQL and RabbitMQ for one test assembly, started once through the same launcher as the AppHost
/// (containers where Docker answers, private local servers otherwise) on free ports, and removed afterwards.
/// </summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    private IRunningInfrastructure? _infrastructure;

    public IRunningInfrastructure Infrastructure =>
        _infrastructure ?? throw new InvalidOperationException("The infrastructure fixture has not started.");

    public async Task InitializeAsync()
    {
        _infrastructure = await InfrastructureLauncher.StartAsync(new InfrastructureOptions
        {
            DataDirectory = Path.Combine(RepositoryRoot.Find(), ".local", "tests", Guid.NewGuid().ToString("N")[..12]),
            PostgresPort = 0,
            RabbitMqPort = 0,
            Ephemeral = true,
        }, NullLogger.Instance);
    }

    /// <summary>A migrated-by-the-service database of its own, emptied of rows so each test starts clean.</summary>
    public async Task<string> CleanDatabaseAsync(string name)
    {
        await Infrastructure.EnsureDatabaseAsync(name);
        var connectionString = Infrastructure.ConnectionStringFor(name);
        await DatabaseReset.TruncateAllTablesAsync(connectionString);
        return connectionString;
    }

    public async Task DisposeAsync()
    {
        if (_infrastructure is not null)
        {
            await _infrastructure.DisposeAsync();
        }
    }
}
