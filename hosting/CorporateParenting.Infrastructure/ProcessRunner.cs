using System.ComponentModel;
using System.Diagnostics;

namespace CorporateParenting.Infrastructure;

internal static class ProcessRunner
{
    private const string Setsid = "/usr/bin/setsid";

    public static bool IsRoot { get; } = OperatingSystem.IsLinux() && Environment.UserName == "root";

    /// <summary>Runs a command to completion and captures its output; killed (whole tree) on timeout or cancellation.</summary>
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null,
        CancellationToken ct = default)
    {
        var startInfo = CreateStartInfo(fileName, arguments, environment, workingDirectory);
        startInfo.RedirectStandardInput = true;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        var commandLine = Describe(startInfo);

        using var process = StartOrExplain(startInfo, commandLine);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            ct.ThrowIfCancellationRequested();
            throw new TimeoutException($"'{commandLine}' did not finish within {timeout.TotalSeconds:0} s.");
        }

        return new ProcessResult(commandLine, process.ExitCode, await stdout, await stderr);
    }

    /// <summary>
    /// Starts a server that keeps running. Its output goes to <paramref name="logFile"/> through the shell, so
    /// nothing depends on this process draining pipes, and stdin is /dev/null.
    /// </summary>
    public static Process StartLongRunning(
        string fileName,
        IEnumerable<string> arguments,
        string logFile,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null)
    {
        var shellArguments = new List<string>
        {
            "-c", "log=\"$1\"; shift; exec \"$@\" >>\"$log\" 2>&1 </dev/null", "sh", logFile, fileName,
        };
        shellArguments.AddRange(arguments);
        // In a session of its own, a terminal's Ctrl+C reaches only the AppHost, which then stops the services
        // before the servers they use. setsid execs in place, so the process handle stays the server's.
        var startInfo = File.Exists(Setsid)
            ? CreateStartInfo(Setsid, ["/bin/sh", .. shellArguments], environment, workingDirectory)
            : CreateStartInfo("/bin/sh", shellArguments, environment, workingDirectory);
        return StartOrExplain(startInfo, Describe(fileName, arguments));
    }

    /// <summary>
    /// Stops everything in the process group a <see cref="StartLongRunning"/> process leads (its own session, so its
    /// children, e.g. the program <c>dotnet tool run</c> starts, are in it too): SIGTERM, and SIGKILL for whatever is
    /// still there after <paramref name="grace"/>.
    /// </summary>
    public static async Task StopGroupAsync(Process leader, TimeSpan grace)
    {
        var group = leader.Id;
        PosixSignals.SendToGroup(group, PosixSignals.Term);
        if (!await WaitUntilAsync(() => !PosixSignals.GroupExists(group), grace))
        {
            PosixSignals.SendToGroup(group, PosixSignals.Kill);
            await WaitUntilAsync(() => !PosixSignals.GroupExists(group), TimeSpan.FromSeconds(5));
        }

        KillTree(leader); // without setsid it leads no group of its own
    }

    public static void KillTree(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    public static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }

    private static async Task<bool> WaitUntilAsync(Func<bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }
            await Task.Delay(50);
        }
        return true;
    }

    private static ProcessStartInfo CreateStartInfo(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment,
        string? workingDirectory)
    {
        var startInfo = new ProcessStartInfo(fileName) { UseShellExecute = false };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (workingDirectory is not null)
        {
            startInfo.WorkingDirectory = workingDirectory;
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[key] = value;
        }

        return startInfo;
    }

    private static Process StartOrExplain(ProcessStartInfo startInfo, string commandLine)
    {
        try
        {
            return Process.Start(startInfo)
                ?? throw new InvalidOperationException($"Could not start '{commandLine}'.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"Could not start '{commandLine}': {ex.Message}", ex);
        }
    }

    private static string Describe(ProcessStartInfo startInfo) => Describe(startInfo.FileName, startInfo.ArgumentList);

    private static string Describe(string fileName, IEnumerable<string> arguments) =>
        string.Join(' ', new[] { fileName }.Concat(arguments).Select(a => a.Contains(' ') ? $"\"{a}\"" : a));
}
