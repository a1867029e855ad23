using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CorporateParenting.Infrastructure;

/// <summary>
/// A private smtp4dev (<see cref="Smtp4dev"/>) for tests: SMTP and its web view on 127.0.0.1, emails kept in memory
/// only, run from the repository's tool manifest in a process group of its own that dispose stops as a whole.
/// </summary>
public sealed class LocalSmtpServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _folder;
    private readonly Process _process;
    private readonly ILogger _logger;
    private int _disposed;

    private LocalSmtpServer(string folder, int smtpPort, int webPort, Process process, ILogger logger)
    {
        _folder = folder;
        SmtpPort = smtpPort;
        WebPort = webPort;
        _process = process;
        _logger = logger;
        Mailbox = new LocalMailbox(WebUri);
        // Its own session keeps it running past a test host that exits without disposing it; this stops it then.
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    public int SmtpPort { get; }

    public int WebPort { get; }

    /// <summary>Where to send: <c>smtp://127.0.0.1:&lt;port&gt;</c>, no TLS, no authentication.</summary>
    public Uri SmtpUri => new($"smtp://127.0.0.1:{SmtpPort}");

    /// <summary>What a service reads as <c>ConnectionStrings:mail</c>: <c>Endpoint=smtp://127.0.0.1:&lt;port&gt;</c>.</summary>
    public string ConnectionString => Smtp4dev.ConnectionString("127.0.0.1", SmtpPort);

    /// <summary>The web view, where a person reads what was sent, and its API.</summary>
    public Uri WebUri => new($"http://127.0.0.1:{WebPort}/");

    /// <summary>What the server has received.</summary>
    public LocalMailbox Mailbox { get; }

    /// <summary>
    /// Starts smtp4dev with its app data (and log, <c>smtp4dev.log</c>) in <paramref name="folder"/>, a folder of its
    /// own that it marks as its owner (whatever an earlier run on the same folder left running is stopped first) and
    /// that dispose deletes: the emails are in memory only. A port of 0 is any free one. Returns once the web API
    /// answers; about 5 s.
    /// </summary>
    public static async Task<LocalSmtpServer> StartAsync(
        string folder, int smtpPort = 0, int webPort = 0, ILogger? logger = null, CancellationToken ct = default)
    {
        logger ??= NullLogger.Instance;
        folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(folder);
        await OwnedProcesses.TerminateAsync(folder, TimeSpan.FromSeconds(5), logger, "smtp4dev", LogLevel.Warning);
        (smtpPort, webPort) = ChoosePorts(smtpPort, webPort);

        var repositoryRoot = RepositoryRoot.Find();
        await Smtp4dev.RestoreToolAsync(repositoryRoot, logger, ct);
        var stopwatch = Stopwatch.StartNew();
        var process = ProcessRunner.StartLongRunning(Smtp4dev.Dotnet,
            [.. Smtp4dev.ToolArguments(folder), Smtp4dev.SmtpPortOption + smtpPort, Smtp4dev.WebUrlOption + webPort],
            LogFile(folder), new Dictionary<string, string> { [OwnedProcesses.MarkerVariable] = folder }, repositoryRoot);
        var server = new LocalSmtpServer(folder, smtpPort, webPort, process, logger);
        try
        {
            await server.WaitUntilAnswersAsync(ct);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        logger.LogDebug("smtp4dev ready: SMTP on 127.0.0.1:{SmtpPort}, web view {WebUri}, after {Elapsed:0.00} s",
            smtpPort, server.WebUri, stopwatch.Elapsed.TotalSeconds);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        Mailbox.Dispose();
        await ProcessRunner.StopGroupAsync(_process, TimeSpan.FromSeconds(10));
        _process.Dispose();
        await OwnedProcesses.TerminateAsync(_folder, TimeSpan.FromSeconds(5), _logger, "smtp4dev", LogLevel.Debug);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Could not delete {Folder}", _folder);
        }
    }

    private void OnProcessExit(object? sender, EventArgs e) => DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(15));

    private static string LogFile(string folder) => Path.Combine(folder, "smtp4dev.log");

    private static (int Smtp, int Web) ChoosePorts(int smtpPort, int webPort)
    {
        foreach (var (port, what) in new[] { (smtpPort, "SMTP"), (webPort, "web view") }.Where(p => p.Item1 != 0))
        {
            if (!FreePort.IsFree(port))
            {
                throw new InvalidOperationException(
                    $"Port {port} on 127.0.0.1 is already in use, so smtp4dev's {what} cannot listen there: stop whatever uses it or pass 0 (any free port).");
            }
        }

        var free = new Queue<int>(FreePort.Pick(2, smtpPort, webPort));
        return (smtpPort == 0 ? free.Dequeue() : smtpPort, webPort == 0 ? free.Dequeue() : webPort);
    }

    private async Task WaitUntilAnswersAsync(CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (!await Mailbox.AnswersAsync(ct))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException(
                    $"smtp4dev did not answer on {WebUri} " +
                    (_process.HasExited ? $"(it exited with code {_process.ExitCode})" : $"within {StartTimeout.TotalSeconds:0} s") +
                    $".{Environment.NewLine}Last lines of {LogFile(_folder)}:{Environment.NewLine}{LogTail.Of(LogFile(_folder))}");
            }

            await Task.Delay(100, ct);
        }
    }
}
