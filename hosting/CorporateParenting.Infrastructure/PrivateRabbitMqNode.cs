using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CorporateParenting.Infrastructure;

/// <summary>
/// A RabbitMQ node of our own, run from the locally installed rabbitmq-server with its own node name, ports,
/// folders, Erlang cookie (in HOME) and epmd, so it never meets a system-wide RabbitMQ or epmd.
/// </summary>
internal sealed class PrivateRabbitMqNode : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CtlTimeout = TimeSpan.FromSeconds(60);

    private readonly string _root;
    private readonly string _serverLog;
    private readonly bool _ephemeral;
    private readonly ILogger _logger;
    private readonly int _distributionPort;
    private readonly int _epmdPort;
    private RabbitMqTools? _tools;
    private Dictionary<string, string>? _environment;
    private Process? _epmd;
    private Process? _server;
    private int _disposed;

    public PrivateRabbitMqNode(string root, int port, int distributionPort, int epmdPort, bool ephemeral, ILogger logger, string? nodeName = null)
    {
        _root = root;
        _serverLog = Path.Combine(root, "rabbitmq-server.out.log");
        Port = port;
        _distributionPort = distributionPort;
        _epmdPort = epmdPort;
        _ephemeral = ephemeral;
        _logger = logger;
        // Named after the port so that a persistent AppHost node finds its own mnesia folder again.
        NodeName = nodeName ?? $"cp-{port}@localhost";
        Uri = DevelopmentCredentials.RabbitMqUri("127.0.0.1", port);
    }

    public int Port { get; }

    public string NodeName { get; }

    public Uri Uri { get; }

    public string Root => _root;

    /// <summary>
    /// Installs RabbitMQ if it is missing, stops what an earlier run on this folder left behind, and lays out the node's
    /// folders; returns the tools and the environment to run the node and its epmd with. With port 0 the AMQP port
    /// (<c>RABBITMQ_NODE_PORT</c>) is left to the caller.
    /// </summary>
    public async Task<(RabbitMqTools Tools, IReadOnlyDictionary<string, string> Environment)> PrepareAsync(CancellationToken ct)
    {
        _tools = await RabbitMqTools.EnsureInstalledAsync(_logger, ct);
        await OwnedProcesses.TerminateAsync(_root, TimeSpan.FromSeconds(15), _logger, "RabbitMQ", LogLevel.Warning);
        if (Port != 0)
        {
            FreePort.EnsureFree(Port, "RabbitMQ", nameof(InfrastructureOptions.RabbitMqPort));
        }

        _environment = PrepareFolders();
        return (_tools, _environment);
    }

    public async Task StartAsync(CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        await PrepareAsync(ct);
        await StartEpmdAsync(ct);

        _logger.LogDebug("Starting RabbitMQ node {Node} on 127.0.0.1:{Port}", NodeName, Port);
        _server = ProcessRunner.StartLongRunning(_tools!.Server, [], _serverLog, _environment, _root);
        if (!await AmqpProbe.WaitUntilAnswersAsync(Uri, StartTimeout, () => _server.HasExited, ct))
        {
            throw new InvalidOperationException(
                $"RabbitMQ node {NodeName} did not accept AMQP connections on 127.0.0.1:{Port} " +
                (_server.HasExited ? $"(rabbitmq-server exited with code {_server.ExitCode})" : $"within {StartTimeout.TotalSeconds:0} s") +
                $".{Environment.NewLine}Last lines of {_serverLog}:{Environment.NewLine}{LogTail.Of(_serverLog)}" +
                $"{Environment.NewLine}Last lines of the node log:{Environment.NewLine}{LogTail.Of(NodeLog)}");
        }

        _logger.LogDebug("RabbitMQ node {Node} ready on 127.0.0.1:{Port} after {Elapsed:0.00} s",
            NodeName, Port, stopwatch.Elapsed.TotalSeconds);
    }

    public async Task StopAppAsync(CancellationToken ct) =>
        (await RabbitMqCtlAsync("stop_app", ct)).EnsureSuccess($"rabbitmqctl stop_app on {NodeName}");

    public async Task StartAppAsync(CancellationToken ct)
    {
        (await RabbitMqCtlAsync("start_app", ct)).EnsureSuccess($"rabbitmqctl start_app on {NodeName}");
        if (!await AmqpProbe.WaitUntilAnswersAsync(Uri, StartTimeout, () => _server?.HasExited ?? true, ct))
        {
            throw new InvalidOperationException(
                $"RabbitMQ node {NodeName} did not accept AMQP connections again after start_app.{Environment.NewLine}" +
                LogTail.Of(NodeLog));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (_server is not null)
        {
            await StopServerAsync();
            _server.Dispose();
        }

        if (_epmd is not null)
        {
            await StopEpmdAsync();
            _epmd.Dispose();
        }

        // Catches what no process handle reaches: an epmd that daemonised itself, port helpers of a killed VM.
        await OwnedProcesses.TerminateAsync(_root, TimeSpan.FromSeconds(5), _logger, "RabbitMQ", LogLevel.Debug);
    }

    private string NodeLog => Path.Combine(_root, "log", $"{NodeName}.log");

    private Dictionary<string, string> PrepareFolders()
    {
        var home = Directory.CreateDirectory(Path.Combine(_root, "home")).FullName;
        var mnesia = Directory.CreateDirectory(Path.Combine(_root, "mnesia")).FullName;
        var logs = Directory.CreateDirectory(Path.Combine(_root, "log")).FullName;
        var plugins = Path.Combine(_root, "enabled_plugins");
        File.WriteAllText(plugins, "[].\n");

        var environment = new Dictionary<string, string>
        {
            [OwnedProcesses.MarkerVariable] = _root,
            ["HOME"] = home, // the Erlang cookie lives here; rabbitmqctl needs the same one
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = Port.ToString(),
            // The default is AMQP port + 20000, which is past 65535 for high ports.
            ["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(),
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
            // rabbitmqctl otherwise listens on the fixed range 35672-35682; 0 lets the kernel choose.
            ["RABBITMQ_CTL_DIST_PORT_MIN"] = "0",
            ["RABBITMQ_CTL_DIST_PORT_MAX"] = "0",
            ["RABBITMQ_MNESIA_BASE"] = mnesia,
            ["RABBITMQ_LOG_BASE"] = logs,
            ["RABBITMQ_PID_FILE"] = Path.Combine(_root, "rabbitmq.pid"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = plugins,
            // Defaults are all we need; these (normally absent) files keep the system's /etc/rabbitmq out.
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(_root, "rabbitmq.conf"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(_root, "advanced.config"),
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(_root, "rabbitmq-env.conf"),
            ["ERL_EPMD_PORT"] = _epmdPort.ToString(),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        };
        if (Port == 0)
        {
            environment.Remove("RABBITMQ_NODE_PORT");
        }
        return environment;
    }

    private async Task StartEpmdAsync(CancellationToken ct)
    {
        // Run in the foreground as our child, so that it is ours to stop; an Erlang VM would otherwise daemonise one.
        _epmd = ProcessRunner.StartLongRunning(_tools!.Epmd, ["-port", _epmdPort.ToString(), "-address", "127.0.0.1"],
            Path.Combine(_root, "epmd.log"), _environment, _root);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!await FreePort.AcceptsAsync(_epmdPort, TimeSpan.FromSeconds(1)))
        {
            if (_epmd.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException(
                    $"epmd did not listen on 127.0.0.1:{_epmdPort}.{Environment.NewLine}{LogTail.Of(Path.Combine(_root, "epmd.log"))}");
            }

            await Task.Delay(50, ct);
        }
    }

    private async Task StopServerAsync()
    {
        if (!_server!.HasExited && !_ephemeral)
        {
            // A clean stop keeps the persistent node's message store consistent; ephemeral data is thrown away.
            try
            {
                var stop = await RabbitMqCtlAsync("stop", CancellationToken.None);
                if (!stop.Succeeded)
                {
                    _logger.LogWarning("rabbitmqctl stop failed: {Output}", stop.Output);
                }

                using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await _server.WaitForExitAsync(exited.Token);
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or OperationCanceledException)
            {
                _logger.LogWarning(ex, "RabbitMQ node {Node} did not stop cleanly", NodeName);
            }
        }

        ProcessRunner.KillTree(_server);
        try
        {
            using var reaped = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _server.WaitForExitAsync(reaped.Token);
        }
        catch (OperationCanceledException)
        {
            _logger.LogWarning("rabbitmq-server (pid {Pid}) did not exit after being killed", _server.Id);
        }
    }

    private async Task StopEpmdAsync()
    {
        if (!_epmd!.HasExited)
        {
            try
            {
                await ProcessRunner.RunAsync(_tools!.Epmd, ["-port", _epmdPort.ToString(), "-kill"],
                    TimeSpan.FromSeconds(10), _environment);
                using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _epmd.WaitForExitAsync(exited.Token);
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or OperationCanceledException)
            {
                // Killed below.
            }
        }

        ProcessRunner.KillTree(_epmd);
    }

    private Task<ProcessResult> RabbitMqCtlAsync(string command, CancellationToken ct) =>
        ProcessRunner.RunAsync(_tools!.Ctl, ["-n", NodeName, command], CtlTimeout, _environment, _root, ct);
}
