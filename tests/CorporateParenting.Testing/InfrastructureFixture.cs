using CorporateParenting.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace CorporateParenting.Testing;

/// <summary>
/// Real PostgreSQL and RabbitMQ for one test assembly, started once through the same launcher as the AppHost
/// (containers where Docker answers, private local servers otherwise) on free ports, and removed afterwards; and a
/// local SMTP server, started only when a test first asks for it.
/// </summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(RepositoryRoot.Find(), ".local", "tests", Guid.NewGuid().ToString("N")[..12]);
    private readonly Lazy<Task<LocalSmtpServer>> _mailServer;
    private IRunningInfrastructure? _infrastructure;

    public InfrastructureFixture() =>
        // Its own folder beside the servers' (which dispose deletes), for the 5 s that only tests sending mail pay.
        _mailServer = new(() => LocalSmtpServer.StartAsync(_dataDirectory + "-smtp"), LazyThreadSafetyMode.ExecutionAndPublication);

    public IRunningInfrastructure Infrastructure =>
        _infrastructure ?? throw new InvalidOperationException("The infrastructure fixture has not started.");

    public async Task InitializeAsync()
    {
        _infrastructure = await InfrastructureLauncher.StartAsync(new InfrastructureOptions
        {
            DataDirectory = _dataDirectory,
            PostgresPort = 0,
            RabbitMqPort = 0,
            Ephemeral = true,
        }, NullLogger.Instance);
    }

    /// <summary>
    /// The SMTP server (smtp4dev on free loopback ports) shared by the assembly's tests, started by the first caller;
    /// give services <see cref="LocalSmtpServer.ConnectionString"/> as <c>ConnectionStrings:mail</c> and read what
    /// they sent from <see cref="LocalSmtpServer.Mailbox"/>.
    /// </summary>
    public Task<LocalSmtpServer> MailServerAsync() => _mailServer.Value;

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
        await StopMailServerAsync();
        if (_infrastructure is not null)
        {
            await _infrastructure.DisposeAsync();
        }
    }

    private async Task StopMailServerAsync()
    {
        if (!_mailServer.IsValueCreated)
        {
            return;
        }

        try
        {
            await (await _mailServer.Value).DisposeAsync();
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException)
        {
            // It never started; a failed start stops what it began, and the test that asked has seen why.
        }
    }
}
