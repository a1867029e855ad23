using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;

namespace CorporateParenting.Infrastructure;

/// <summary>A PostgreSQL cluster of our own: initdb into a private folder, pg_ctl on a loopback port.</summary>
internal sealed class PrivatePostgresServer : IAsyncDisposable
{
    private const string OsUser = "postgres";
    private const string SettingsFile = "cp-infrastructure.conf";
    private const int MaxUnixSocketPath = 100; // sun_path holds 107 bytes; keep a margin
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private string _root;
    private string _dataDirectory;
    private string _logFile;
    private bool _rootIsOutsideDataDirectory;
    private readonly bool _ephemeral;
    private readonly bool _skipsDurability;
    private readonly ILogger _logger;
    private string? _binDirectory;
    private int _disposed;

    public PrivatePostgresServer(string root, int port, bool ephemeral, bool skipsDurability, ILogger logger)
    {
        _root = root;
        _dataDirectory = Path.Combine(root, "data");
        _logFile = Path.Combine(root, "postgres.log");
        Port = port;
        _ephemeral = ephemeral;
        _skipsDurability = skipsDurability;
        _logger = logger;
    }

    public int Port { get; }

    public string Version { get; private set; } = "?";

    /// <summary>The cluster's folder (PGDATA).</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>The folder that holds the cluster, its log and every process of ours (see <see cref="OwnedProcesses"/>).</summary>
    public string Root => _root;

    /// <summary>
    /// Installs the server if it is missing and makes the cluster ready to run without starting it: stops what an
    /// earlier run left behind, runs initdb on first use, and rewrites the settings. With port 0 the port is left to
    /// the command line (<c>postgres -p</c>) and no Unix socket is made.
    /// </summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        _binDirectory = await PrerequisiteInstaller.EnsureAsync(
            "PostgreSQL server (initdb, pg_ctl)", FindBinDirectory, "postgresql", _logger, ct);

        await MoveRootIfPostgresUserCannotReachItAsync(ct);
        Directory.CreateDirectory(_root);
        await GiveFolderToPostgresUserAsync(ct);
        await StopLeftoverServerAsync(ct);
        if (Port != 0)
        {
            FreePort.EnsureFree(Port, "PostgreSQL", nameof(InfrastructureOptions.PostgresPort));
        }

        if (!File.Exists(Path.Combine(_dataDirectory, "PG_VERSION")))
        {
            await InitDbAsync(ct);
        }

        Version = File.ReadAllText(Path.Combine(_dataDirectory, "PG_VERSION")).Trim();
        await WriteSettingsAsync(ct);
    }

    /// <summary>
    /// The command that runs the server in the foreground (the caller adds <c>-p &lt;port&gt;</c>), as the postgres user
    /// when we are root (setpriv execs in place, so a stop signal reaches postgres itself).
    /// </summary>
    public (string Command, IReadOnlyList<string> Arguments) ForegroundCommand()
    {
        var postgres = Path.Combine(_binDirectory ?? FindBinDirectory() ?? "/usr/lib/postgresql/15/bin", "postgres");
        string[] server = [postgres, "-D", _dataDirectory];
        return ProcessRunner.IsRoot
            ? ("setpriv", ["--reuid", OsUser, "--regid", OsUser, "--init-groups", "--", .. server])
            : (server[0], server[1..]);
    }

    /// <summary>A fast shutdown: open client connections are closed rather than waited for.</summary>
    public async Task StopFastAsync(CancellationToken ct)
    {
        if (_binDirectory is not null && File.Exists(Path.Combine(_dataDirectory, "postmaster.pid")))
        {
            var stop = await RunToolAsync("pg_ctl", ["stop", "-D", _dataDirectory, "-m", "fast", "-w", "-t", "30", "-s"], ct);
            if (!stop.Succeeded)
            {
                _logger.LogWarning("pg_ctl stop failed: {Output}", stop.Output);
            }
        }
    }

    public async Task StartAsync(CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        await PrepareAsync(ct);

        var start = await RunToolAsync("pg_ctl",
            ["start", "-D", _dataDirectory, "-l", _logFile, "-w", "-t", "60", "-s"], ct);
        if (!start.Succeeded)
        {
            throw new InvalidOperationException(
                $"PostgreSQL did not start on 127.0.0.1:{Port}: {start.Output}{Environment.NewLine}" +
                $"Last lines of {_logFile}:{Environment.NewLine}{LogTail.Of(_logFile)}");
        }

        _logger.LogDebug("PostgreSQL {Version} ready on 127.0.0.1:{Port} after {Elapsed:0.00} s",
            Version, Port, stopwatch.Elapsed.TotalSeconds);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (_binDirectory is not null && File.Exists(Path.Combine(_dataDirectory, "postmaster.pid")))
        {
            // Ephemeral data is thrown away, so skip the shutdown checkpoint.
            var mode = _ephemeral ? "immediate" : "fast";
            try
            {
                var stop = await RunToolAsync("pg_ctl", ["stop", "-D", _dataDirectory, "-m", mode, "-w", "-t", "60", "-s"],
                    CancellationToken.None);
                if (!stop.Succeeded)
                {
                    _logger.LogWarning("pg_ctl stop failed: {Output}", stop.Output);
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
            {
                _logger.LogWarning(ex, "pg_ctl stop failed");
            }
        }

        await OwnedProcesses.TerminateAsync(_root, TimeSpan.FromSeconds(5), _logger, "PostgreSQL", LogLevel.Debug);
        if (_ephemeral && _rootIsOutsideDataDirectory && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>
    /// As root the server runs as the postgres user, who cannot enter a private folder (e.g. a clone under a
    /// mode-700 temporary folder). Then the cluster lives under /var/tmp instead, in a folder named after the
    /// requested one, so the same DataDirectory finds the same cluster on the next run.
    /// </summary>
    private async Task MoveRootIfPostgresUserCannotReachItAsync(CancellationToken ct)
    {
        if (!ProcessRunner.IsRoot || !OperatingSystem.IsLinux())
        {
            return;
        }
        var parent = Path.GetDirectoryName(_root)!;
        var reachable = await ProcessRunner.RunAsync("runuser", ["-u", OsUser, "--", "test", "-x", parent], CommandTimeout, ct: ct);
        if (reachable.Succeeded)
        {
            return;
        }

        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(_root)))[..16];
        var fallback = Path.Combine("/var/tmp", "corporate-parenting-postgres", hash);
        Directory.CreateDirectory(Path.GetDirectoryName(fallback)!);
        File.SetUnixFileMode(Path.GetDirectoryName(fallback)!,
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        _logger.LogInformation("The {OsUser} user cannot reach {Requested}; keeping PostgreSQL's data in {Fallback}", OsUser, _root, fallback);
        Directory.CreateDirectory(_root);
        await File.WriteAllTextAsync(Path.Combine(_root, "DATA-IS-ELSEWHERE.txt"), fallback + Environment.NewLine, ct);
        _root = fallback;
        _dataDirectory = Path.Combine(_root, "data");
        _logFile = Path.Combine(_root, "postgres.log");
        _rootIsOutsideDataDirectory = true;
    }

    private static string? FindBinDirectory()
    {
        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.GetDirectories(debianRoot)
                .Select(dir => (dir, version: int.TryParse(Path.GetFileName(dir), out var v) ? v : -1))
                .Where(x => x.version >= 0 && HasServerTools(Path.Combine(x.dir, "bin")))
                .OrderByDescending(x => x.version)
                .Select(x => Path.Combine(x.dir, "bin"))
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        if (ProcessRunner.FindOnPath("pg_config") is { } pgConfig)
        {
            var bin = Task.Run(() => ProcessRunner.RunAsync(pgConfig, ["--bindir"], TimeSpan.FromSeconds(10)))
                .GetAwaiter().GetResult().StandardOutput.Trim();
            if (HasServerTools(bin))
            {
                return bin;
            }
        }

        return ProcessRunner.FindOnPath("initdb") is { } initdb && HasServerTools(Path.GetDirectoryName(initdb)!)
            ? Path.GetDirectoryName(initdb)
            : null;
    }

    private static bool HasServerTools(string bin) =>
        File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl"))
        && File.Exists(Path.Combine(bin, "postgres"));

    private async Task GiveFolderToPostgresUserAsync(CancellationToken ct)
    {
        // PostgreSQL refuses to run as root, so as root the server runs as the postgres user and owns its folder.
        if (!ProcessRunner.IsRoot)
        {
            return;
        }

        (await ProcessRunner.RunAsync("chown", ["-R", $"{OsUser}:", _root], CommandTimeout, ct: ct))
            .EnsureSuccess($"Giving {_root} to the {OsUser} user");
        var reachable = await ProcessRunner.RunAsync("runuser", ["-u", OsUser, "--", "test", "-w", _root],
            CommandTimeout, ct: ct);
        if (!reachable.Succeeded)
        {
            throw new InvalidOperationException(
                $"PostgreSQL runs as the '{OsUser}' user, which cannot write to {_root}: make every parent folder " +
                "traversable (chmod o+x) or choose a DataDirectory elsewhere.");
        }
    }

    private async Task StopLeftoverServerAsync(CancellationToken ct)
    {
        if (File.Exists(Path.Combine(_dataDirectory, "postmaster.pid"))
            && (await RunToolAsync("pg_ctl", ["status", "-D", _dataDirectory], ct)).Succeeded)
        {
            _logger.LogWarning("A PostgreSQL server from an earlier run still uses {DataDirectory}; stopping it", _dataDirectory);
            (await RunToolAsync("pg_ctl", ["stop", "-D", _dataDirectory, "-m", "fast", "-w", "-t", "60", "-s"], ct))
                .EnsureSuccess("Stopping the leftover PostgreSQL server");
        }

        await OwnedProcesses.TerminateAsync(_root, TimeSpan.FromSeconds(10), _logger, "PostgreSQL", LogLevel.Warning);
    }

    private async Task InitDbAsync(CancellationToken ct)
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true); // an initdb that was interrupted
        }

        var passwordFile = Path.Combine(_root, "initdb-password");
        await File.WriteAllTextAsync(passwordFile, DevelopmentCredentials.PostgresPassword, ct);
        try
        {
            await GiveToPostgresUserAsync(passwordFile, ct);
            List<string> arguments =
            [
                "-D", _dataDirectory, "-U", DevelopmentCredentials.PostgresUser, $"--pwfile={passwordFile}",
                "--auth-host=scram-sha-256", "--auth-local=trust", "--encoding=UTF8", "--locale=C.UTF-8",
            ];
            if (_skipsDurability)
            {
                arguments.Add("--no-sync");
            }

            _logger.LogInformation("Initialising a PostgreSQL cluster in {DataDirectory}", _dataDirectory);
            (await RunToolAsync("initdb", arguments, ct)).EnsureSuccess("initdb");
        }
        finally
        {
            File.Delete(passwordFile);
        }

        await File.AppendAllTextAsync(Path.Combine(_dataDirectory, "postgresql.conf"),
            $"{Environment.NewLine}include '{SettingsFile}'{Environment.NewLine}", ct);
    }

    /// <summary>Settings in a file included by postgresql.conf, rewritten on every start: no shell quoting of paths.</summary>
    private async Task WriteSettingsAsync(CancellationToken ct)
    {
        var socketDirectory = Path.Combine(_root, "run");
        var useUnixSocket = Port != 0 && Path.Combine(socketDirectory, $".s.PGSQL.{Port}").Length <= MaxUnixSocketPath;
        if (useUnixSocket)
        {
            Directory.CreateDirectory(socketDirectory);
            await GiveToPostgresUserAsync(socketDirectory, ct);
        }

        var settings = new StringBuilder()
            .AppendLine("# Written by CorporateParenting.Infrastructure on every start; edits are lost.")
            .AppendLine(Port == 0 ? "# port: given on the command line" : $"port = {Port}")
            .AppendLine("listen_addresses = '127.0.0.1'")
            .AppendLine($"unix_socket_directories = '{(useUnixSocket ? Quote(socketDirectory) : "")}'")
            .AppendLine("max_connections = 300"); // every test DbContext and service has a pool of its own
        if (_skipsDurability)
        {
            // Test data is thrown away: durability only costs time.
            settings.AppendLine("fsync = off").AppendLine("synchronous_commit = off").AppendLine("full_page_writes = off");
        }

        var path = Path.Combine(_dataDirectory, SettingsFile);
        await File.WriteAllTextAsync(path, settings.ToString(), ct);
        await GiveToPostgresUserAsync(path, ct);
    }

    private static string Quote(string value) => value.Replace("'", "''", StringComparison.Ordinal);

    private async Task GiveToPostgresUserAsync(string path, CancellationToken ct)
    {
        if (ProcessRunner.IsRoot)
        {
            (await ProcessRunner.RunAsync("chown", [$"{OsUser}:", path], CommandTimeout, ct: ct))
                .EnsureSuccess($"Giving {path} to the {OsUser} user");
        }
    }

    private Task<ProcessResult> RunToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var executable = Path.Combine(_binDirectory!, tool);
        var environment = new Dictionary<string, string> { [OwnedProcesses.MarkerVariable] = _root };
        return ProcessRunner.IsRoot
            ? ProcessRunner.RunAsync("runuser", ["-u", OsUser, "--", executable, .. arguments], CommandTimeout,
                environment, _root, ct)
            : ProcessRunner.RunAsync(executable, arguments, CommandTimeout, environment, _root, ct);
    }
}
