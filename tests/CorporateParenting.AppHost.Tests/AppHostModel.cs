using CorporateParenting.AppHost.Model;
using Microsoft.Extensions.Configuration;

namespace CorporateParenting.AppHost.Tests;

/// <summary>The AppHost's resource graph with its default ports, and fake infrastructure to compute environments with.</summary>
internal static class AppHostModel
{
    public static PlatformModel Declare(params (string Key, string Value)[] settings) =>
        Platform.Declare(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    public static PlatformModel Defaults { get; } = Platform.Declare(new ConfigurationBuilder().Build());

    public static ProjectResource Project(string name) => Defaults.Projects.Single(p => p.Name == name);

    public static TheoryData<string> ProjectNames => new(Defaults.Projects.Select(p => p.Name));
}

/// <summary>Infrastructure reachable at fixed, recognisable addresses.</summary>
internal sealed class FakeConnections(string postgresHost, int postgresPort, string user, string password, Uri broker) : IConnectionInfo
{
    public static FakeConnections Loopback { get; } =
        new("127.0.0.1", 55432, "postgres", "test-password", new Uri("amqp://guest:guest@127.0.0.1:55672"));

    public string Database(string name) =>
        $"Host={postgresHost};Port={postgresPort};Username={user};Password={password};Database={name}";

    public Uri Broker { get; } = broker;

    public string DevelopmentSigningKey => "test-development-signing-key-0123456789";
}
