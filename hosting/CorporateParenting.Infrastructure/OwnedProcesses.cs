using System.Text;
using Microsoft.Extensions.Logging;

namespace CorporateParenting.Infrastructure;

/// <summary>
/// Every process we start for a server carries an environment marker naming that server's folder. Daemons such as
/// postgres (forked by pg_ctl) and epmd are not our children, so the marker is how we find them again: to clear a
/// previous run that crashed, and as the last-resort sweep on dispose so nothing of ours is left running.
/// </summary>
internal static class OwnedProcesses
{
    public const string MarkerVariable = "CP_INFRASTRUCTURE_OWNER";

    public static IReadOnlyList<int> Find(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return [];
        }

        var entry = $"{MarkerVariable}={folder}";
        var self = Environment.ProcessId;
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == self)
            {
                continue;
            }

            try
            {
                var environ = File.ReadAllText(Path.Combine(dir, "environ"), Encoding.UTF8);
                if (environ.Split('\0').Contains(entry, StringComparer.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Exited meanwhile, or not ours to read.
            }
        }

        return found;
    }

    /// <summary>SIGTERM, then SIGKILL for whatever is still there after <paramref name="grace"/>.</summary>
    public static async Task TerminateAsync(string folder, TimeSpan grace, ILogger logger, string what, LogLevel level)
    {
        var pids = Find(folder);
        if (pids.Count == 0)
        {
            return;
        }

        logger.Log(level, "Stopping {Count} leftover {What} process(es) of {Folder}: {Pids}",
            pids.Count, what, folder, string.Join(", ", pids.Select(Describe)));
        Signal(pids, PosixSignals.Term);
        var deadline = DateTime.UtcNow + grace;
        while (DateTime.UtcNow < deadline && Find(folder).Count > 0)
        {
            await Task.Delay(100);
        }

        var survivors = Find(folder);
        Signal(survivors, PosixSignals.Kill);
        deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (survivors.Count > 0 && DateTime.UtcNow < deadline && Find(folder).Count > 0)
        {
            await Task.Delay(50);
        }
    }

    private static string Describe(int pid)
    {
        try
        {
            return $"{pid} ({File.ReadAllText($"/proc/{pid}/comm").Trim()})";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return pid.ToString();
        }
    }

    private static void Signal(IEnumerable<int> pids, int signal)
    {
        foreach (var pid in pids)
        {
            PosixSignals.Send(pid, signal);
        }
    }
}
