using System.Net;
using System.Net.Sockets;

namespace CorporateParenting.Infrastructure.Tests;

internal static class TestData
{
    /// <summary>A fresh folder under the repository's git-ignored .local/ (short, for PostgreSQL's socket path).</summary>
    public static string NewDirectory(string purpose)
    {
        var root = RepositoryRoot() is { } repo ? Path.Combine(repo, ".local", "tests") : Path.GetTempPath();
        return Path.Combine(root, $"{purpose}-{Guid.NewGuid().ToString("N")[..8]}");
    }

    public static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }

    public static bool PortIsFree(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CorporateParentingPlatform.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
