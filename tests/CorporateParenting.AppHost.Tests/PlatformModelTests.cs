using CorporateParenting.AppHost.Model;
using CorporateParenting.ServiceDefaults;

namespace CorporateParenting.AppHost.Tests;

public sealed class PlatformModelTests
{
    [Fact]
    public void Declares_postgres_rabbitmq_and_six_projects_on_the_documented_ports()
    {
        var platform = AppHostModel.Defaults;

        Assert.Equal(55432, platform.Postgres.Port);
        Assert.Equal(55672, platform.RabbitMq.Port);
        Assert.Equal(
            new[]
            {
                "portal http 5100",
                "placements http 5101", "placements grpc 5111",
                "virtualschool http 5102", "virtualschool grpc 5112",
                "health http 5103", "health grpc 5113",
                "leavingcare http 5104", "leavingcare grpc 5114",
                "notifications http 5105", "notifications grpc 5115",
            }.Order(),
            platform.Projects.SelectMany(p => p.Endpoints.Select(e => $"{p.Name} {e.Name} {e.Port}")).Order());
    }

    [Fact]
    public void Every_service_but_the_portal_has_a_database_of_its_own_and_the_broker()
    {
        foreach (var project in AppHostModel.Defaults.Projects.Where(p => p.Name != ResourceNames.Portal))
        {
            Assert.Equal($"{project.Name}db", Assert.Single(project.References.OfType<DatabaseResource>()).Name);
            Assert.Same(AppHostModel.Defaults.RabbitMq, Assert.Single(project.References.OfType<RabbitMqResource>()));
        }
        Assert.Equal(5, AppHostModel.Defaults.Postgres.Databases.Select(d => d.Name).Distinct().Count());
    }

    [Fact]
    public void Portal_references_the_five_services_and_nothing_else()
    {
        var portal = AppHostModel.Project(ResourceNames.Portal);

        Assert.Equal(
            [ResourceNames.Placements, ResourceNames.VirtualSchool, ResourceNames.Health, ResourceNames.LeavingCare, ResourceNames.Notifications],
            portal.References.Select(r => r.Name));
        Assert.All(portal.References, r => Assert.IsType<ProjectResource>(r));
        Assert.Null(portal.GrpcEndpoint);
    }

    [Fact]
    public void Configuration_overrides_one_endpoint_port_and_the_projects_referencing_it_follow()
    {
        var platform = AppHostModel.Declare(("Ports:placements:http", "6101"));
        var placements = platform.Projects.Single(p => p.Name == ResourceNames.Placements);
        var portal = platform.Projects.Single(p => p.Name == ResourceNames.Portal);

        Assert.Equal(6101, placements.HttpEndpoint.Port);
        Assert.Equal(5111, placements.GrpcEndpoint?.Port);
        Assert.Equal("http://127.0.0.1:6101", ProjectEnvironment.For(placements, FakeConnections.Loopback)["Kestrel__Endpoints__http__Url"]);
        Assert.Equal("http://127.0.0.1:6101", ProjectEnvironment.For(portal, FakeConnections.Loopback)["services__placements__http__0"]);
        Assert.Equal(5100, portal.HttpEndpoint.Port);
    }

    [Fact]
    public void Configuration_overrides_the_infrastructure_ports()
    {
        var platform = AppHostModel.Declare(("Ports:postgres", "6432"), ("Ports:messaging", "6672"), ("Ports:portal:http", "6100"));

        Assert.Equal(6432, platform.Postgres.Port);
        Assert.Equal(6672, platform.RabbitMq.Port);
        Assert.Equal(6100, platform.Projects.Single(p => p.Name == ResourceNames.Portal).HttpEndpoint.Port);
    }

    [Fact]
    public void Every_project_directory_holds_the_project_of_its_assembly_name()
    {
        foreach (var project in AppHostModel.Defaults.Projects)
        {
            var csproj = RepositoryFiles.PathOf($"{project.ProjectDirectory}/{project.AssemblyName}.csproj");
            Assert.True(File.Exists(csproj), $"{project.Name}: {csproj} does not exist.");
        }
    }
}
