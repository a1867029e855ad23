using System.Net;
using System.Net.Sockets;

namespace CorporateParenting.Infrastructure;

/// <summary>Free loopback ports, for servers and test hosts that must not collide.</summary>
public static class FreePort
{
    /// <summary>Distinct free loopback ports, none of them in <paramref name="exclude"/>.</summary>
    public static int[] Pick(int count, params int[] exclude)
    {
        // All listeners stay open until every port is chosen, so the kernel cannot hand out one port twice.
        var listeners = new List<TcpListener>();
        try
        {
            var ports = new List<int>();
            while (ports.Count < count)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (!exclude.Contains(port))
                {
                    ports.Add(port);
                }
            }

            return [.. ports];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    public static bool IsFree(int port)
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

    public static void EnsureFree(int port, string server, string optionName)
    {
        if (!IsFree(port))
        {
            throw new InvalidOperationException(
                $"Port {port} on 127.0.0.1 is already in use, so {server} cannot listen there: stop whatever " +
                $"uses it or set {nameof(InfrastructureOptions)}.{optionName} to another port (0 = any free port).");
        }
    }

    public static async Task<bool> AcceptsAsync(int port, TimeSpan timeout)
    {
        using var client = new TcpClient();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cts.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
