extern alias HealthApi;
extern alias NotificationsApi;
extern alias PlacementsApi;
extern alias VirtualSchoolApi;

using CorporateParenting.ReadModels;

using CorporateParenting.ServiceDefaults;
using CorporateParenting.Testing;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using HealthEntryPoint = HealthApi::Health.Api.Grpc.HealthGrpcService;
using NotificationsEntryPoint = NotificationsApi::Notifications.Api.Infrastructure.NotificationsDbContext;
using PlacementsEntryPoint = PlacementsApi::Placements.Api.Grpc.PlacementsGrpcService;
using VirtualSchoolEntryPoint = VirtualSchoolApi::VirtualSchool.Api.Grpc.VirtualSchoolGrpcService;

namespace CorporateParenting.ReadmeExamples.Tests.Running;

/// <summary>One service under test, as an example reaches it: plain HTTP, or a gRPC channel.</summary>
public sealed class HostedService(string project, Func<HttpClient> http, GrpcChannel grpc)
{
    public string Project { get; } = project;

    public HttpClient CreateHttpClient() => http();

    public GrpcChannel Grpc { get; } = grpc;
}

/// <summary>
/// The services the READMEs' examples call, each in-process on its own clean database over the real PostgreSQL and
/// RabbitMQ (<see cref="ServiceFactory{TProgram}"/>, as the end-to-end tests start them), trusting the tests' signing key.
/// </summary>
public sealed class ExamplePlatform : IAsyncDisposable
{
    private readonly IAsyncDisposable[] _factories;
    private readonly Dictionary<string, HostedService> _byProject;

    private ExamplePlatform(IAsyncDisposable[] factories, params HostedService[] services)
    {
        _factories = factories;
        _byProject = services.ToDictionary(service => service.Project);
    }

    /// <summary>Starts every service at once; each has answered <c>/health</c> (queues bound) before any example runs.</summary>
    public static async Task<ExamplePlatform> StartAsync(InfrastructureFixture fixture)
    {
        var placements = ServiceFactory<PlacementsEntryPoint>.StartAsync(fixture, ResourceNames.PlacementsDb);
        var health = ServiceFactory<HealthEntryPoint>.StartAsync(fixture, ResourceNames.HealthDb);
        var notifications = ServiceFactory<NotificationsEntryPoint>.StartAsync(fixture, ResourceNames.NotificationsDb);
        await Task.WhenAll(placements, health, notifications);
        // The Virtual School rebuilds its pupils from Placements' register on first start: from the one in-process here.
        var virtualSchool = await ServiceFactory<VirtualSchoolEntryPoint>.StartAsync(fixture, ResourceNames.VirtualSchoolDb,
            new Dictionary<string, string?> { [$"{ReadModelOptions.Section}:{nameof(ReadModelOptions.PlacementsAddress)}"] = "http://localhost" },
            services => services.AddHttpClient(ReadModelExtensions.PlacementsClientName)
                .ConfigurePrimaryHttpMessageHandler(() => placements.Result.Server.CreateHandler()));
        return new ExamplePlatform(
            [await placements, await health, await notifications, virtualSchool],
            new HostedService("Placements.Api", (await placements).CreateClient, (await placements).CreateGrpcChannel()),
            new HostedService("Health.Api", (await health).CreateClient, (await health).CreateGrpcChannel()),
            new HostedService("Notifications.Api", (await notifications).CreateClient, (await notifications).CreateGrpcChannel()),
            new HostedService("VirtualSchool.Api", virtualSchool.CreateClient, virtualSchool.CreateGrpcChannel()));
    }

    public HostedService Placements => _byProject["Placements.Api"];

    public HostedService Health => _byProject["Health.Api"];

    public HostedService For(ServiceEndpoint endpoint) =>
        _byProject.TryGetValue(endpoint.Project, out var service)
            ? service
            : throw new InvalidOperationException(
                $"An example calls {endpoint.Project} (port {endpoint.Port}), which the README examples test does not start yet: add it to {nameof(ExamplePlatform)}.");

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _byProject.Values)
        {
            service.Grpc.Dispose();
        }
        foreach (var factory in _factories)
        {
            await factory.DisposeAsync();
        }
    }
}
