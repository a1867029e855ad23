using System.Text;

namespace CorporateParenting.Infrastructure.Tests;

/// <summary>Processes whose command line or environment mentions a text, read straight from /proc.</summary>
internal static class ProcessTable
{
    private static readonly Dictionary<string, string> PostgresElsewhere = [];

    /// <summary>
    /// Processes of the servers started for <paramref name="dataDirectory"/>, including a PostgreSQL cluster the
    /// launcher had to keep elsewhere (named by the pointer file it leaves, remembered once seen).
    /// </summary>
    public static IReadOnlyList<(int Pid, string CommandLine)> OfServersIn(string dataDirectory)
    {
        var pointer = Path.Combine(dataDirectory, "postgres", "DATA-IS-ELSEWHERE.txt");
        lock (PostgresElsewhere)
        {
            if (File.Exists(pointer))
            {
                PostgresElsewhere[dataDirectory] = File.ReadAllText(pointer).Trim();
            }
            return PostgresElsewhere.TryGetValue(dataDirectory, out var elsewhere)
                ? [.. Mentioning(dataDirectory).Union(Mentioning(elsewhere))]
                : Mentioning(dataDirectory);
        }
    }

    public static IReadOnlyList<(int Pid, string CommandLine)> Mentioning(string text)
    {
        var self = Environment.ProcessId;
        var found = new List<(int, string)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == self)
            {
                continue;
            }

            var commandLine = Read(Path.Combine(dir, "cmdline"));
            if (commandLine.Contains(text, StringComparison.Ordinal)
                || Read(Path.Combine(dir, "environ")).Contains(text, StringComparison.Ordinal))
            {
                found.Add((pid, commandLine));
            }
        }

        return found;
    }

    public static string Describe(IEnumerable<(int Pid, string CommandLine)> processes) =>
        string.Join(Environment.NewLine, processes.Select(p => $"{p.Pid}: {p.CommandLine}"));

    private static string Read(string path)
    {
        try
        {
            return Encoding.UTF8.GetString(File.ReadAllBytes(path)).Replace('\0', ' ');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
