using System.Data.Common;
using System.Text.RegularExpressions;
using Aspire.Hosting.ApplicationModel;
using CorporateParenting.Hosting;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;

namespace CorporateParenting.AppHost.Tests;

/// <summary>
/// docker-compose.yml runs the same platform as the AppHost: same services, environment keys, dependencies and
/// host ports. These tests read the file and the AppHost's Aspire model only; they need no Docker engine.
/// </summary>
public sealed partial class ComposeMirrorsAppHostTests
{
    /// <summary>Inside a container every service listens on all interfaces: <c>http</c> on 8080 and <c>grpc</c> on 8081.</summary>
    public static int ContainerPort(string endpoint) => endpoint switch
    {
        ResourceNames.HttpEndpoint => 8080,
        ResourceNames.GrpcEndpoint => 8081,
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "No container port for this endpoint."),
    };

    private const int PostgresContainerPort = 5432;
    private const int AmqpContainerPort = 5672;

    /// <summary>Where the <c>rnwood/smtp4dev</c> image listens: SMTP on 25, its web view on 80.</summary>
    private const int SmtpContainerPort = 25;
    private const int MailWebContainerPort = 80;
    private const string ServiceHealthy = "service_healthy";
    private const string ProjectArgument = "PROJECT";

    private static readonly ComposeFile Compose = ComposeFile.Load();

    public static TheoryData<string> ProjectNames => AppHostModel.ServiceNames;

    /// <summary>
    /// Set by Aspire's OTLP wiring when it runs a project (the service name the dashboard shows), which the model's
    /// publish-mode environment leaves out; compose sets it explicitly.
    /// </summary>
    private const string OtelServiceName = "OTEL_SERVICE_NAME";

    private static IResource Postgres => AppHostModel.Resources.Single(r => r.Name == ResourceNames.Postgres);
    private static IResource Messaging => AppHostModel.Resources.Single(r => r.Name == ResourceNames.Messaging);
    private static IResource Mail => AppHostModel.Resources.Single(r => r.Name == ResourceNames.Mail);

    /// <summary>
    /// Every runnable service project (a <c>Microsoft.NET.Sdk.Web</c> project under <c>services/*/*/</c>), repository-relative,
    /// e.g. <c>services/Placements/Placements.Api/Placements.Api.csproj</c>; libraries such as a service's Domain are not deployed alone.
    /// </summary>
    public static TheoryData<string> ServiceProjects => new(
        Directory.EnumerateDirectories(RepositoryFiles.PathOf("services"))
            .SelectMany(Directory.EnumerateDirectories)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.csproj"))
            .Where(csproj => File.ReadAllText(csproj).Contains("Sdk=\"Microsoft.NET.Sdk.Web\"", StringComparison.Ordinal))
            .Select(RepositoryFiles.Relative)
            .Order(StringComparer.Ordinal));

    [Fact]
    public void The_repository_has_service_projects()
    {
        Assert.NotEmpty(ServiceProjects);
    }

    [Theory]
    [MemberData(nameof(ServiceProjects))]
    public void Every_service_project_is_built_by_one_compose_service_from_the_one_Dockerfile(string csproj)
    {
        var building = Compose.Services.Where(s => s.Value.Build?.Args.GetValueOrDefault(ProjectArgument) == csproj).ToList();

        Assert.True(building.Count == 1,
            $"{ComposeFile.FileName} should have exactly one service built with {ProjectArgument}={csproj}; found {building.Count}.");
        Assert.Equal(RepositoryFiles.PathOf("Dockerfile"), building[0].Value.DockerfilePath);
        Assert.True(RepositoryFiles.PathOf(building[0].Value.Build!.Context ?? ".") == RepositoryFiles.Root,
            $"Service '{building[0].Key}' must build with the repository root as context: the Dockerfile copies Directory.*.props, global.json, shared/ and services/.");
    }

    [Theory]
    [MemberData(nameof(ProjectNames))]
    public void Each_AppHost_project_is_the_compose_service_of_the_same_name_built_from_its_project(string name)
    {
        var project = AppHostModel.Project(name);

        Assert.Equal(RepositoryFiles.Relative(project.GetProjectMetadata().ProjectPath), Compose.Service(name).Build?.Args.GetValueOrDefault(ProjectArgument));
    }

    [Fact]
    public void Compose_has_no_services_beyond_the_AppHost_resources()
    {
        var expected = AppHostModel.Services.Select(p => p.Name)
            .Append(ResourceNames.Postgres)
            .Append(ComposeFile.RabbitMqService)
            .Append(ResourceNames.Mail);

        Assert.Equal(expected.Order(StringComparer.Ordinal), Compose.Services.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ProjectNames))]
    public void Environment_keys_are_exactly_those_the_AppHost_sets(string name)
    {
        // The demo's own settings are not a deployment's (docker-compose.yml runs no demo).
        var expected = AppHostModel.Environment(AppHostModel.Project(name)).Keys.Except(CorporateParenting.AppHost.DemoSettings.Keys)
            .Append(OtelServiceName).ToHashSet(StringComparer.Ordinal);
        var actual = Compose.Service(name).Environment.Keys.ToHashSet(StringComparer.Ordinal);

        var missing = expected.Except(actual).Order(StringComparer.Ordinal).ToList();
        var extra = actual.Except(expected).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"Compose service '{name}': missing [{string.Join(", ", missing)}], not set by the AppHost [{string.Join(", ", extra)}].");
    }

    [Theory]
    [MemberData(nameof(ProjectNames))]
    public void Environment_values_point_at_the_compose_services(string name)
    {
        var postgres = Compose.Service(ResourceNames.Postgres).Environment;
        var rabbitMq = Compose.Service(ComposeFile.RabbitMqService).Environment;
        var broker = new UriBuilder("amqp", ComposeFile.RabbitMqService, AmqpContainerPort)
        {
            UserName = rabbitMq.GetValueOrDefault("RABBITMQ_DEFAULT_USER", "guest"),
            Password = rabbitMq.GetValueOrDefault("RABBITMQ_DEFAULT_PASS", "guest"),
        }.Uri;
        var actual = Compose.Service(name).Environment;

        Assert.Equal(name, actual[OtelServiceName]);
        foreach (var (key, appHostValue) in AppHostModel.Environment(AppHostModel.Project(name))
            .Where(e => !CorporateParenting.AppHost.DemoSettings.Keys.Contains(e.Key)))
        {
            Assert.True(actual.TryGetValue(key, out var value), $"Compose service '{name}' does not set {key}.");
            switch (key.Split("__"))
            {
                case ["Kestrel", "Endpoints", var endpoint, "Url"]:
                    Assert.Equal($"http://+:{ContainerPort(endpoint)}", value);
                    break;
                case ["services", var service, var endpoint, "0"]:
                    Assert.Equal($"http://{service}:{ContainerPort(endpoint)}", value);
                    break;
                case ["ConnectionStrings", ResourceNames.Messaging]:
                    Assert.Equal(broker, new Uri(value));
                    break;
                case ["ConnectionStrings", ResourceNames.Mail]:
                    Assert.Equal($"Endpoint=smtp://{ResourceNames.Mail}:{SmtpContainerPort}", value);
                    break;
                case ["ConnectionStrings", var database]:
                    var expected = $"Host={ResourceNames.Postgres};Port={PostgresContainerPort};Username={postgres.GetValueOrDefault("POSTGRES_USER", "postgres")};Password={postgres["POSTGRES_PASSWORD"]};Database={database}";
                    Assert.True(new DbConnectionStringBuilder { ConnectionString = expected }.EquivalentTo(new DbConnectionStringBuilder { ConnectionString = value }),
                        $"Compose service '{name}': ConnectionStrings__{database} is '{value}', expected the equivalent of '{expected}'.");
                    break;
                case ["Authentication", "DevelopmentSigningKey"]:
                    Assert.True(value.Length >= DevelopmentTokens.MinimumKeyLength, $"Compose service '{name}': the development signing key is too short.");
                    break;
                default:
                    Assert.Equal(appHostValue.ToString(), value);
                    break;
            }
        }
    }

    [Theory]
    [MemberData(nameof(ProjectNames))]
    public void Depends_on_are_what_the_AppHost_waits_for_and_wait_until_healthy(string name)
    {
        var expected = AppHostModel.WaitsFor(AppHostModel.Project(name)).Select(resource => resource switch
            {
                IResourceWithParent { Parent.Name: ResourceNames.Postgres } => ResourceNames.Postgres,
                { Name: ResourceNames.Messaging } => ComposeFile.RabbitMqService,
                _ => resource.Name,
            })
            .Distinct()
            .Order(StringComparer.Ordinal);
        var dependsOn = Compose.Service(name).DependsOn;

        Assert.Equal(expected, dependsOn.Keys.Order(StringComparer.Ordinal));
        foreach (var (dependency, condition) in dependsOn)
        {
            Assert.True(condition.Condition == ServiceHealthy, $"'{name}' should depend on '{dependency}' with condition {ServiceHealthy}, not '{condition.Condition}'.");
            Assert.True(Compose.Service(dependency).Healthcheck is not null, $"'{name}' waits for '{dependency}' to be healthy, but '{dependency}' has no healthcheck.");
        }
    }

    [Theory]
    [MemberData(nameof(ProjectNames))]
    public void Published_ports_are_the_AppHost_endpoint_ports(string name)
    {
        var expected = AppHostModel.Endpoints(AppHostModel.Project(name))
            .Select(endpoint => new PublishedPort(endpoint.Port!.Value, ContainerPort(endpoint.Name)).ToString())
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, Compose.Service(name).PublishedPorts.Select(p => p.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Infrastructure_is_published_on_the_AppHost_ports()
    {
        Assert.Equal(
            [new PublishedPort(AppHostModel.Endpoints(Postgres).Single().Port!.Value, PostgresContainerPort)],
            Compose.Service(ResourceNames.Postgres).PublishedPorts);
        Assert.Equal(
            [new PublishedPort(AppHostModel.Endpoints(Messaging).Single().Port!.Value, AmqpContainerPort)],
            Compose.Service(ComposeFile.RabbitMqService).PublishedPorts);
        Assert.Equal(
            AppHostModel.Endpoints(Mail)
                .Select(endpoint => new PublishedPort(endpoint.Port!.Value, endpoint.Name == SmtpEndpoints.Smtp ? SmtpContainerPort : MailWebContainerPort))
                .OrderBy(port => port.HostPort),
            Compose.Service(ResourceNames.Mail).PublishedPorts.OrderBy(port => port.HostPort));
    }

    [Fact]
    public void Postgres_init_creates_every_database_the_AppHost_declares()
    {
        var postgres = Compose.Service(ResourceNames.Postgres);
        var mount = Assert.Single(postgres.Configs, c => c.Target?.StartsWith("/docker-entrypoint-initdb.d/", StringComparison.Ordinal) == true);
        Assert.True(Compose.Configs.TryGetValue(mount.Source ?? "", out var config), $"Config '{mount.Source}' is not declared in {ComposeFile.FileName}.");

        var created = CreateDatabase().Matches(config.Content ?? "").Select(m => m.Groups["name"].Value);
        var declared = AppHostModel.Resources.OfType<IResourceWithParent>().Where(r => r.Parent.Name == ResourceNames.Postgres).Select(r => r.Name);

        Assert.Equal(declared.Order(StringComparer.Ordinal), created.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"CREATE\s+DATABASE\s+""?(?<name>\w+)""?", RegexOptions.IgnoreCase)]
    private static partial Regex CreateDatabase();
}
