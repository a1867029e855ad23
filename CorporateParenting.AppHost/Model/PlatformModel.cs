using Microsoft.Extensions.Configuration;

namespace CorporateParenting.AppHost.Model;

/// <summary>
/// The resource graph, declared the way an Aspire AppHost declares it. Ports default to the documented ones and
/// can be overridden by configuration, e.g. <c>Ports__placements__http=6101</c> or <c>Ports__postgres=6432</c>.
/// </summary>
public sealed class PlatformModel(IConfiguration configuration)
{
    private readonly List<IResource> _resources = [];

    public IReadOnlyList<IResource> Resources => _resources;
    public IEnumerable<ProjectResource> Projects => _resources.OfType<ProjectResource>();
    public PostgresResource Postgres => _resources.OfType<PostgresResource>().Single();
    public RabbitMqResource RabbitMq => _resources.OfType<RabbitMqResource>().Single();

    public PostgresResource AddPostgres(string name, int port) =>
        Add(new PostgresResource(name, PortFor(name, null, port)));

    public RabbitMqResource AddRabbitMq(string name, int port) =>
        Add(new RabbitMqResource(name, PortFor(name, null, port)));

    public ProjectResource AddProject(string name, string projectDirectory, int httpPort, int? grpcPort = null)
    {
        List<Endpoint> endpoints = [new(ResourceNames.HttpEndpoint, PortFor(name, ResourceNames.HttpEndpoint, httpPort))];
        if (grpcPort is { } grpc)
        {
            endpoints.Add(new(ResourceNames.GrpcEndpoint, PortFor(name, ResourceNames.GrpcEndpoint, grpc)));
        }
        return Add(new ProjectResource(name, projectDirectory, endpoints));
    }

    private T Add<T>(T resource) where T : IResource
    {
        _resources.Add(resource);
        return resource;
    }

    private int PortFor(string resource, string? endpoint, int defaultPort)
    {
        var key = endpoint is null ? $"Ports:{resource}" : $"Ports:{resource}:{endpoint}";
        return configuration.GetValue(key, defaultPort);
    }
}
