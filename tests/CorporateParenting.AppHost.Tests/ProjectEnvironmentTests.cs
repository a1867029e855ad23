using CorporateParenting.AppHost.Model;
using CorporateParenting.ServiceDefaults;
using Microsoft.Extensions.Configuration;

namespace CorporateParenting.AppHost.Tests;

/// <summary>The AppHost starts every project with exactly the environment Aspire 13.1 would give it.</summary>
public sealed class ProjectEnvironmentTests
{
    [Fact]
    public void Placements_gets_its_database_the_broker_its_endpoints_and_the_service_defaults()
    {
        var environment = ProjectEnvironment.For(AppHostModel.Project(ResourceNames.Placements), FakeConnections.Loopback);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["OTEL_SERVICE_NAME"] = "placements",
                ["LOGGING__CONSOLE__FORMATTERNAME"] = "simple",
                ["Authentication__DevelopmentSigningKey"] = "test-development-signing-key-0123456789",
                ["Kestrel__Endpoints__http__Url"] = "http://127.0.0.1:5101",
                ["Kestrel__Endpoints__grpc__Url"] = "http://127.0.0.1:5111",
                ["ConnectionStrings__placementsdb"] = "Host=127.0.0.1;Port=55432;Username=postgres;Password=test-password;Database=placementsdb",
                ["ConnectionStrings__messaging"] = "amqp://guest:guest@127.0.0.1:55672/",
            },
            environment);
    }

    [Theory]
    [InlineData(ResourceNames.VirtualSchool, ResourceNames.VirtualSchoolDb, 5102, 5112)]
    [InlineData(ResourceNames.Health, ResourceNames.HealthDb, 5103, 5113)]
    [InlineData(ResourceNames.LeavingCare, ResourceNames.LeavingCareDb, 5104, 5114)]
    [InlineData(ResourceNames.Notifications, ResourceNames.NotificationsDb, 5105, 5115)]
    public void Services_that_call_placements_get_its_endpoints_besides_their_own_database_and_the_broker(
        string service, string database, int httpPort, int grpcPort)
    {
        var environment = ProjectEnvironment.For(AppHostModel.Project(service), FakeConnections.Loopback);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["OTEL_SERVICE_NAME"] = service,
                ["LOGGING__CONSOLE__FORMATTERNAME"] = "simple",
                ["Authentication__DevelopmentSigningKey"] = "test-development-signing-key-0123456789",
                ["Kestrel__Endpoints__http__Url"] = $"http://127.0.0.1:{httpPort}",
                ["Kestrel__Endpoints__grpc__Url"] = $"http://127.0.0.1:{grpcPort}",
                [$"ConnectionStrings__{database}"] = FakeConnections.Loopback.Database(database),
                ["ConnectionStrings__messaging"] = "amqp://guest:guest@127.0.0.1:55672/",
                ["services__placements__http__0"] = "http://127.0.0.1:5101",
                ["services__placements__grpc__0"] = "http://127.0.0.1:5111",
            },
            environment);
    }

    [Fact]
    public void Portal_gets_both_endpoints_of_every_service_and_no_infrastructure()
    {
        var environment = ProjectEnvironment.For(AppHostModel.Project(ResourceNames.Portal), FakeConnections.Loopback);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["OTEL_SERVICE_NAME"] = "portal",
                ["LOGGING__CONSOLE__FORMATTERNAME"] = "simple",
                ["Authentication__DevelopmentSigningKey"] = "test-development-signing-key-0123456789",
                ["Kestrel__Endpoints__http__Url"] = "http://127.0.0.1:5100",
                ["services__placements__http__0"] = "http://127.0.0.1:5101",
                ["services__placements__grpc__0"] = "http://127.0.0.1:5111",
                ["services__virtualschool__http__0"] = "http://127.0.0.1:5102",
                ["services__virtualschool__grpc__0"] = "http://127.0.0.1:5112",
                ["services__health__http__0"] = "http://127.0.0.1:5103",
                ["services__health__grpc__0"] = "http://127.0.0.1:5113",
                ["services__leavingcare__http__0"] = "http://127.0.0.1:5104",
                ["services__leavingcare__grpc__0"] = "http://127.0.0.1:5114",
                ["services__notifications__http__0"] = "http://127.0.0.1:5105",
                ["services__notifications__grpc__0"] = "http://127.0.0.1:5115",
            },
            environment);
    }

    [Fact]
    public void Keys_are_the_ones_configuration_binds_to_what_services_read()
    {
        // Environment variables map "__" to ":": the keys must land on ConnectionStrings:<name>,
        // services:<svc>:<endpoint>:0 and Kestrel:Endpoints:<endpoint>:Url, which ServiceDefaults and Kestrel read.
        var environment = ProjectEnvironment.For(AppHostModel.Project(ResourceNames.Portal), FakeConnections.Loopback)
            .Concat(ProjectEnvironment.For(AppHostModel.Project(ResourceNames.Placements), FakeConnections.Loopback))
            .DistinctBy(e => e.Key)
            .Select(e => new KeyValuePair<string, string?>(e.Key.Replace("__", ":"), e.Value));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(environment).Build();

        Assert.Equal("amqp://guest:guest@127.0.0.1:55672/", configuration.GetConnectionString(ResourceNames.Messaging));
        Assert.EndsWith("Database=placementsdb", configuration.GetConnectionString(ResourceNames.PlacementsDb));
        Assert.Equal("http://127.0.0.1:5111", configuration[$"services:{ResourceNames.Placements}:{ResourceNames.GrpcEndpoint}:0"]);
        Assert.Equal("http://127.0.0.1:5100", configuration["Kestrel:Endpoints:http:Url"]);
    }
}
