using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CorporateParenting.AppHost.Tests;

/// <summary>The parts of docker-compose.yml the tests compare with the AppHost (long syntax only, as the file uses).</summary>
public sealed class ComposeFile
{
    public const string FileName = "docker-compose.yml";

    /// <summary>The AppHost's broker resource (<c>messaging</c>) runs as this compose service.</summary>
    public const string RabbitMqService = "rabbitmq";

    public Dictionary<string, ComposeService> Services { get; set; } = [];
    public Dictionary<string, ComposeConfig> Configs { get; set; } = [];

    public static ComposeFile Load() => Parse(File.ReadAllText(RepositoryFiles.PathOf(FileName)));

    public static ComposeFile Parse(string yaml)
    {
        // Resolve anchors and aliases first: YamlDotNet skips ignored properties (such as the file's `x-` extension
        // fields) without registering their anchors, so aliases to them would fail in a typed read.
        var untyped = new DeserializerBuilder().Build().Deserialize<object>(yaml);
        var resolved = new SerializerBuilder().DisableAliases().Build().Serialize(untyped);
        return new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<ComposeFile>(resolved);
    }

    public ComposeService Service(string name) =>
        Services.TryGetValue(name, out var service)
            ? service
            : throw new Xunit.Sdk.XunitException($"{FileName} has no service '{name}'; services: {string.Join(", ", Services.Keys)}.");
}

public sealed class ComposeService
{
    public string? Image { get; set; }
    public ComposeBuild? Build { get; set; }
    public Dictionary<string, string> Environment { get; set; } = [];
    public Dictionary<string, ComposeDependency> DependsOn { get; set; } = [];
    public List<string> Ports { get; set; } = [];
    public List<ComposeConfigMount> Configs { get; set; } = [];
    public Dictionary<string, object>? Healthcheck { get; set; }

    /// <summary>The Dockerfile this service is built from, as a full path (compose resolves it against the context).</summary>
    public string? DockerfilePath => Build is null
        ? null
        : Path.GetFullPath(Path.Combine(RepositoryFiles.PathOf(Build.Context ?? "."), Build.Dockerfile ?? "Dockerfile"));

    /// <summary>Published ports as (host port, container port); <c>[ip:]host:container[/protocol]</c>.</summary>
    public IEnumerable<PublishedPort> PublishedPorts => Ports.Select(PublishedPort.Parse);
}

public sealed class ComposeBuild
{
    public string? Context { get; set; }
    public string? Dockerfile { get; set; }
    public Dictionary<string, string> Args { get; set; } = [];
}

public sealed class ComposeDependency
{
    public string? Condition { get; set; }
}

public sealed class ComposeConfig
{
    public string? Content { get; set; }
}

public sealed class ComposeConfigMount
{
    public string? Source { get; set; }
    public string? Target { get; set; }
}

public sealed partial record PublishedPort(int HostPort, int ContainerPort)
{
    public static PublishedPort Parse(string mapping)
    {
        var match = Syntax().Match(mapping);
        return match.Success
            ? new PublishedPort(int.Parse(match.Groups["host"].Value), int.Parse(match.Groups["container"].Value))
            : throw new FormatException($"Port mapping '{mapping}' is not [ip:]host:container[/protocol].");
    }

    public override string ToString() => $"{HostPort}:{ContainerPort}";

    [GeneratedRegex(@"^(?:(?<ip>[0-9.]+|\[[0-9a-fA-F:]+\]):)?(?<host>\d+):(?<container>\d+)(?:/(?:tcp|udp))?$")]
    private static partial Regex Syntax();
}
