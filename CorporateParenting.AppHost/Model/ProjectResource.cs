namespace CorporateParenting.AppHost.Model;

/// <summary>A service project, its endpoints, and what it references (databases, the broker, other services).</summary>
public sealed class ProjectResource(string name, string projectDirectory, IReadOnlyList<Endpoint> endpoints) : IResource
{
    private readonly List<IResource> _references = [];

    public string Name { get; } = name;

    /// <summary>Relative to the repository root, e.g. <c>services/Placements/Placements.Api</c>.</summary>
    public string ProjectDirectory { get; } = projectDirectory;

    public IReadOnlyList<Endpoint> Endpoints { get; } = endpoints;
    public IReadOnlyList<IResource> References => _references;

    public string AssemblyName => Path.GetFileName(ProjectDirectory);
    public Endpoint HttpEndpoint => Endpoints.Single(e => e.Name == ResourceNames.HttpEndpoint);
    public Endpoint? GrpcEndpoint => Endpoints.SingleOrDefault(e => e.Name == ResourceNames.GrpcEndpoint);

    /// <summary>Like Aspire's <c>WithReference</c>: the project receives the resource's connection string or endpoints.</summary>
    public ProjectResource WithReference(IResource resource)
    {
        _references.Add(resource);
        return this;
    }

    public IEnumerable<ProjectResource> ProjectDependencies => _references.OfType<ProjectResource>();
}
