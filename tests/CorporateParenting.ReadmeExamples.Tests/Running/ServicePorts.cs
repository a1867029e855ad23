using System.Text.Json;
using CorporateParenting.Infrastructure;

namespace CorporateParenting.ReadmeExamples.Tests.Running;

/// <summary>A service's fixed local endpoint, from its <c>appsettings.json</c> (<c>Kestrel:Endpoints</c>).</summary>
public sealed record ServiceEndpoint(string Project, string Name, int Port, string Protocols)
{
    public bool SpeaksHttp1 => Protocols.Contains("Http1", StringComparison.Ordinal);

    public bool SpeaksHttp2 => Protocols.Contains("Http2", StringComparison.Ordinal);
}

/// <summary>
/// Which service a README example's <c>127.0.0.1:port</c> reaches: the ports the services listen on locally, as their
/// own <c>appsettings.json</c> files say (the README's table of ports copies them).
/// </summary>
public static class ServicePorts
{
    private static readonly Lazy<IReadOnlyList<ServiceEndpoint>> Endpoints = new(Read);

    public static IReadOnlyList<ServiceEndpoint> All => Endpoints.Value;

    public static ServiceEndpoint At(string host, int port)
    {
        if (host is not ("127.0.0.1" or "localhost"))
        {
            throw new FormatException($"README examples call the local platform (127.0.0.1), not {host}.");
        }
        return All.SingleOrDefault(endpoint => endpoint.Port == port)
            ?? throw new FormatException(
                $"No service listens on port {port}; the services' ports are {string.Join(", ", All.Select(e => $"{e.Project} {e.Name} {e.Port}"))}.");
    }

    private static List<ServiceEndpoint> Read()
    {
        var services = Path.Combine(RepositoryRoot.Find(), "services");
        var endpoints = new List<ServiceEndpoint>();
        foreach (var settings in Directory.GetFiles(services, "appsettings.json", SearchOption.AllDirectories)
                     .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                                    && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(settings), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!json.RootElement.TryGetProperty("Kestrel", out var kestrel) || !kestrel.TryGetProperty("Endpoints", out var named))
            {
                continue;
            }
            var project = Path.GetFileName(Path.GetDirectoryName(settings)!);
            foreach (var endpoint in named.EnumerateObject())
            {
                var url = new Uri(endpoint.Value.GetProperty("Url").GetString()!);
                var protocols = endpoint.Value.TryGetProperty("Protocols", out var p) ? p.GetString()! : "Http1AndHttp2";
                endpoints.Add(new ServiceEndpoint(project, endpoint.Name, url.Port, protocols));
            }
        }
        return endpoints;
    }
}
