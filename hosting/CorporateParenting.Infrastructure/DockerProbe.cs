using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CorporateParenting.Infrastructure;

/// <summary>Does a Docker engine answer? A socket file alone proves nothing (the CLI may be installed without a daemon).</summary>
internal static class DockerProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static bool EngineAnswers() => Task.Run(EngineAnswersAsync).GetAwaiter().GetResult();

    private static async Task<bool> EngineAnswersAsync()
    {
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (string.IsNullOrWhiteSpace(dockerHost))
        {
            foreach (var socket in DefaultSockets().Where(File.Exists))
            {
                if (await PingAsync(new UnixDomainSocketEndPoint(socket), AddressFamily.Unix))
                {
                    return true;
                }
            }

            return false;
        }

        if (!Uri.TryCreate(dockerHost, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Scheme switch
        {
            "unix" => File.Exists(uri.AbsolutePath)
                && await PingAsync(new UnixDomainSocketEndPoint(uri.AbsolutePath), AddressFamily.Unix),
            // With TLS the engine wants client certificates; a listening port is as far as a quick probe can go.
            "tcp" when Environment.GetEnvironmentVariable("DOCKER_TLS_VERIFY") is { Length: > 0 } and not "0" =>
                await PingAsync(new DnsEndPoint(uri.Host, uri.Port), AddressFamily.Unspecified, connectOnly: true),
            "tcp" or "http" => await PingAsync(new DnsEndPoint(uri.Host, uri.Port), AddressFamily.Unspecified),
            _ => false,
        };
    }

    private static IEnumerable<string> DefaultSockets()
    {
        yield return "/var/run/docker.sock";
        if (Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR") is { Length: > 0 } runtime)
        {
            yield return Path.Combine(runtime, "docker.sock"); // rootless Docker
        }

        yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker", "run", "docker.sock");
    }

    /// <summary>GET /_ping over a raw socket: the engine answers "HTTP/1.x 200 ... OK".</summary>
    private static async Task<bool> PingAsync(EndPoint endPoint, AddressFamily family, bool connectOnly = false)
    {
        using var cts = new CancellationTokenSource(Timeout);
        try
        {
            using var socket = family == AddressFamily.Unix
                ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
                : new Socket(SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(endPoint, cts.Token);
            if (connectOnly)
            {
                return true;
            }

            var request = Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n");
            await socket.SendAsync(request, SocketFlags.None, cts.Token);

            var buffer = new byte[512];
            var received = 0;
            while (received < buffer.Length)
            {
                var n = await socket.ReceiveAsync(buffer.AsMemory(received), SocketFlags.None, cts.Token);
                if (n == 0)
                {
                    break;
                }

                received += n;
                if (Encoding.ASCII.GetString(buffer, 0, received).Contains("\r\n", StringComparison.Ordinal))
                {
                    break;
                }
            }

            var statusLine = Encoding.ASCII.GetString(buffer, 0, received).Split("\r\n")[0];
            return statusLine.StartsWith("HTTP/1.", StringComparison.Ordinal) && statusLine.Contains(" 200", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or IOException)
        {
            return false;
        }
    }
}
