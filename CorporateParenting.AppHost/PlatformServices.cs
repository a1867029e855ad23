using CorporateParenting.Hosting;
using CorporateParenting.Infrastructure;

namespace CorporateParenting.AppHost;

/// <summary>How every service of the platform is declared, so <c>Program.cs</c> reads like the architecture diagram.</summary>
public static class PlatformServices
{
    public const string SigningKeyParameter = "development-signing-key";

    /// <summary>
    /// A service project on its documented ports (its Kestrel endpoints: <c>http</c> HTTP/1.1, <c>grpc</c> HTTP/2), healthy
    /// when its <c>/health</c> answers, i.e. migrated and connected, and given the development signing key.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder, string name, IResourceBuilder<ParameterResource> signingKey)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name)
            .WithEnvironment("Authentication__DevelopmentSigningKey", signingKey)
            .WithHttpHealthCheck(Extensions.HealthPath, endpointName: ResourceNames.HttpEndpoint);

    /// <summary>The development token key: random, made once per clone in the git-ignored <c>.local</c> folder; services accept it only in Development.</summary>
    public static IResourceBuilder<ParameterResource> AddDevelopmentSigningKey(this IDistributedApplicationBuilder builder) =>
        builder.AddParameter(SigningKeyParameter, DevelopmentSigningKey.LoadOrCreate(RepositoryRoot.Find()), secret: true);

    public static IResourceBuilder<ProjectResource> WithDatabase(this IResourceBuilder<ProjectResource> service, IResourceBuilder<IResourceWithConnectionString> database) =>
        service.WithReference(database).WaitFor(database);

    public static IResourceBuilder<ProjectResource> WithMessaging(this IResourceBuilder<ProjectResource> service, IResourceBuilder<IResourceWithConnectionString> broker) =>
        service.WithReference(broker).WaitFor(broker);

    /// <summary>The SMTP server, as <c>ConnectionStrings__mail</c> (<c>Endpoint=smtp://localhost:55025</c>).</summary>
    public static IResourceBuilder<ProjectResource> WithMail(this IResourceBuilder<ProjectResource> service, IResourceBuilder<IResourceWithConnectionString> mail) =>
        service.WithReference(mail).WaitFor(mail);

    /// <summary>
    /// Service discovery of each service's HTTP/1.1 endpoint only (<c>services__&lt;name&gt;__http__0</c>). Aspire's own
    /// <c>WithReference(project)</c> keys endpoints by URI scheme, and both of our endpoints are <c>http</c>, so it
    /// would list the HTTP/2 gRPC endpoint under <c>http</c> too and an HTTP/1.1 client could land on it.
    /// </summary>
    public static IResourceBuilder<T> WithHttpReferences<T>(this IResourceBuilder<T> client, params IResourceBuilder<ProjectResource>[] services)
        where T : IResourceWithEnvironment
    {
        foreach (var service in services)
        {
            client.WithServiceEndpoint(service, ResourceNames.HttpEndpoint);
        }
        return client;
    }

    /// <summary>Service discovery of a service's gRPC endpoint, <c>services__&lt;name&gt;__grpc__0</c>, which clients reach as <c>http://_grpc.&lt;name&gt;</c>.</summary>
    public static IResourceBuilder<T> WithGrpcReference<T>(this IResourceBuilder<T> client, IResourceBuilder<ProjectResource> service)
        where T : IResourceWithEnvironment =>
        client.WithServiceEndpoint(service, ResourceNames.GrpcEndpoint);

    public static IResourceBuilder<T> WaitForAll<T>(this IResourceBuilder<T> resource, IEnumerable<IResourceBuilder<IResource>> dependencies)
        where T : IResourceWithWaitSupport
    {
        foreach (var dependency in dependencies)
        {
            resource.WaitFor(dependency);
        }
        return resource;
    }

    private static IResourceBuilder<T> WithServiceEndpoint<T>(this IResourceBuilder<T> client, IResourceBuilder<ProjectResource> service, string endpoint)
        where T : IResourceWithEnvironment =>
        client.WithEnvironment($"services__{service.Resource.Name}__{endpoint}__0", service.GetEndpoint(endpoint))
            .WithReferenceRelationship(service);
}
