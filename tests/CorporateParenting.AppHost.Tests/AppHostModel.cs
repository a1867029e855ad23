using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using CorporateParenting.ServiceDefaults;

namespace CorporateParenting.AppHost.Tests;

/// <summary>
/// The real AppHost's resource model, built by Aspire.Hosting.Testing from <c>Program.cs</c> but never started, and
/// each service's environment as Aspire would write it (values still unresolved: endpoints, connection strings, parameters).
/// </summary>
internal static class AppHostModel
{
    private static readonly Lazy<DistributedApplicationModel> Model = new(() => BuildAsync().GetAwaiter().GetResult());

    public static IReadOnlyList<IResource> Resources => Model.Value.Resources.ToList();

    /// <summary>The platform's services: the projects that report health (the demo-data loader is a one-off job, not a service).</summary>
    public static IReadOnlyList<ProjectResource> Services =>
        Resources.OfType<ProjectResource>().Where(p => p.TryGetAnnotationsOfType<HealthCheckAnnotation>(out _)).ToList();

    public static ProjectResource Project(string name) => Resources.OfType<ProjectResource>().Single(p => p.Name == name);

    public static TheoryData<string> ServiceNames => new(Services.Select(p => p.Name));

    /// <summary>Where the project lives, repository-relative, e.g. <c>services/Placements/Placements.Api</c>.</summary>
    public static string ProjectDirectory(ProjectResource project) =>
        RepositoryFiles.Relative(Path.GetDirectoryName(project.GetProjectMetadata().ProjectPath)!);

    public static IReadOnlyList<EndpointAnnotation> Endpoints(IResource resource) =>
        resource.TryGetAnnotationsOfType<EndpointAnnotation>(out var endpoints) ? endpoints.ToList() : [];

    public static IReadOnlyList<IResource> WaitsFor(IResource resource) =>
        resource.TryGetAnnotationsOfType<WaitAnnotation>(out var waits) ? waits.Select(w => w.Resource).ToList() : [];

    /// <summary>
    /// The platform's environment for a resource, from its callbacks, evaluated in publish mode so nothing needs to be
    /// running; Aspire's own run-time settings (<c>OTEL_*</c>, <c>DOTNET_*</c>) are left out.
    /// </summary>
    public static IReadOnlyDictionary<string, object> Environment(IResource resource)
    {
        var context = new EnvironmentCallbackContext(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Publish), resource);
        foreach (var callback in resource.Annotations.OfType<EnvironmentCallbackAnnotation>())
        {
            callback.Callback(context).GetAwaiter().GetResult();
        }
        return context.EnvironmentVariables
            .Where(variable => !variable.Key.StartsWith("OTEL_", StringComparison.Ordinal) && !variable.Key.StartsWith("DOTNET_", StringComparison.Ordinal))
            .ToDictionary();
    }

    private static async Task<DistributedApplicationModel> BuildAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.CorporateParenting_AppHost>();
        return new DistributedApplicationModel(builder.Resources);
    }
}
