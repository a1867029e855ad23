using System.Diagnostics;
using System.Runtime.InteropServices;
using CorporateParenting.AppHost.Model;

namespace CorporateParenting.AppHost.Orchestration;

/// <summary>
/// Runs one service from its built assembly, relays its output with a prefix, and restarts it with back-off if it
/// exits while the platform is meant to be running.
/// </summary>
public sealed class ServiceProcess(ProjectResource project, string repositoryRoot, IReadOnlyDictionary<string, string> environment, ResourceLog log)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StableAfter = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    private Process? _process;

    public ProjectResource Project => project;

    public string AssemblyPath
    {
        get
        {
            var configuration = typeof(ServiceProcess).Assembly
                .GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
                .OfType<System.Reflection.AssemblyConfigurationAttribute>().FirstOrDefault()?.Configuration ?? "Debug";
            return Path.Combine(repositoryRoot, project.ProjectDirectory, "bin", configuration, "net10.0", project.AssemblyName + ".dll");
        }
    }

    /// <summary>Keeps the service running until <paramref name="stopping"/> is cancelled, then stops it gracefully.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        var failures = 0;
        while (!stopping.IsCancellationRequested)
        {
            var started = Stopwatch.StartNew();
            _process = Start();
            await WaitForExitOrStopAsync(_process, stopping);
            if (stopping.IsCancellationRequested)
            {
                break;
            }

            failures = started.Elapsed > StableAfter ? 1 : failures + 1;
            var backoff = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures - 1), MaxBackoff.TotalSeconds));
            log.Info($"{project.Name} exited with code {_process.ExitCode}; restarting in {backoff.TotalSeconds:0} s (failure {failures}).");
            await Task.Delay(backoff, stopping).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        if (_process is not null)
        {
            await StopAsync(_process);
        }
    }

    private Process Start()
    {
        if (!File.Exists(AssemblyPath))
        {
            throw new FileNotFoundException($"{project.Name} is not built: {AssemblyPath} is missing. Run `dotnet build` first.", AssemblyPath);
        }
        var startInfo = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { AssemblyPath },
            WorkingDirectory = Path.Combine(repositoryRoot, project.ProjectDirectory),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Relay(e.Data);
        process.ErrorDataReceived += (_, e) => Relay(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Relay(string? line)
    {
        if (!string.IsNullOrEmpty(line))
        {
            log.Write(project.Name, line);
        }
    }

    private static async Task WaitForExitOrStopAsync(Process process, CancellationToken stopping)
    {
        try
        {
            await process.WaitForExitAsync(stopping);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>SIGTERM first so the host shuts down cleanly (the outbox commits, the bus disconnects); a kill only as a last resort.</summary>
    private static async Task StopAsync(Process process)
    {
        if (process.HasExited)
        {
            return;
        }
        if (OperatingSystem.IsWindows() || SendSigterm(process.Id) != 0)
        {
            process.Kill(entireProcessTree: true);
        }
        using var grace = new CancellationTokenSource(StopGrace);
        try
        {
            await process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private const int Sigterm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private static int SendSigterm(int pid) => SendSignal(pid, Sigterm);
}
