using Aspire.Hosting.ApplicationModel;
using CorporateParenting.Hosting;
using CorporateParenting.ServiceDefaults;

namespace CorporateParenting.AppHost.Tests;

/// <summary>What the AppHost declares: the services on their documented ports, what each references and waits for, and service discovery keys that cannot send a gRPC client to an HTTP/1.1 endpoint.</summary>
public sealed class AppHostModel_Specs
{
    public static TheoryData<string> ServiceNames => AppHostModel.ServiceNames;

    [Fact]
    public void The_services_are_the_seven_of_the_architecture_on_their_documented_ports()
    {
        var ports = AppHostModel.Services.ToDictionary(
            s => s.Name,
            s => string.Join(' ', AppHostModel.Endpoints(s).OrderBy(e => e.Name).Select(e => $"{e.Name}:{e.Port}")));

        Assert.Equal(new Dictionary<string, string>
        {
            [ResourceNames.Portal] = "http:5100",
            [ResourceNames.Placements] = "grpc:5111 http:5101",
            [ResourceNames.VirtualSchool] = "grpc:5112 http:5102",
            [ResourceNames.Health] = "grpc:5113 http:5103",
            [ResourceNames.LeavingCare] = "grpc:5114 http:5104",
            [ResourceNames.Notifications] = "grpc:5115 http:5105",
            [ResourceNames.Reporting] = "http:5106",
        }, ports);
    }

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void A_grpc_endpoint_speaks_HTTP2_and_an_http_endpoint_HTTP1(string name)
    {
        foreach (var endpoint in AppHostModel.Endpoints(AppHostModel.Project(name)))
        {
            Assert.Equal(endpoint.Name == ResourceNames.GrpcEndpoint ? "http2" : "http", endpoint.Transport);
        }
    }

    [Fact]
    public void Every_service_discovery_key_names_the_endpoint_it_points_at()
    {
        var checkedKeys = 0;
        foreach (var resource in AppHostModel.Resources.OfType<IResourceWithEnvironment>())
        {
            foreach (var (key, value) in AppHostModel.Environment(resource))
            {
                if (key.Split("__") is ["services", var service, var endpointKey, _])
                {
                    var endpoint = Assert.IsType<EndpointReference>(value);
                    Assert.Equal(service, endpoint.Resource.Name);
                    Assert.True(endpoint.EndpointName == endpointKey,
                        $"{resource.Name}: {key} points at the '{endpoint.EndpointName}' endpoint of {service}; a client asking for '{endpointKey}' would reach the wrong protocol.");
                    checkedKeys++;
                }
            }
        }
        Assert.True(checkedKeys >= 6, $"Expected the Portal's and the demo loader's service discovery keys; found {checkedKeys}.");
    }

    [Fact]
    public void The_demo_loader_finds_Placements_and_Health_gRPC_endpoints_and_the_Virtual_School_Leaving_Care_Notifications_and_Reporting_HTTP_endpoints_only()
    {
        var keys = AppHostModel.Environment(AppHostModel.Project(ResourceNames.DemoData)).Keys.Where(k => k.StartsWith("services__", StringComparison.Ordinal));

        Assert.Equal(
            [$"services__{ResourceNames.Health}__{ResourceNames.GrpcEndpoint}__0",
                $"services__{ResourceNames.LeavingCare}__{ResourceNames.HttpEndpoint}__0", $"services__{ResourceNames.Notifications}__{ResourceNames.HttpEndpoint}__0",
                $"services__{ResourceNames.Placements}__{ResourceNames.GrpcEndpoint}__0", $"services__{ResourceNames.Reporting}__{ResourceNames.HttpEndpoint}__0",
                $"services__{ResourceNames.VirtualSchool}__{ResourceNames.HttpEndpoint}__0"],
            keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_Portal_finds_every_services_HTTP_endpoint_and_Healths_gRPC_endpoint()
    {
        var keys = AppHostModel.Environment(AppHostModel.Project(ResourceNames.Portal)).Keys.Where(k => k.StartsWith("services__", StringComparison.Ordinal));

        string[] http = [ResourceNames.Placements, ResourceNames.VirtualSchool, ResourceNames.Health, ResourceNames.LeavingCare, ResourceNames.Notifications, ResourceNames.Reporting];
        string[] expected = [.. http.Select(s => $"services__{s}__{ResourceNames.HttpEndpoint}__0"), $"services__{ResourceNames.Health}__{ResourceNames.GrpcEndpoint}__0"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void A_service_waits_for_its_database_and_the_broker_Notifications_also_for_the_mail_server_and_none_for_another_service(string name)
    {
        var waits = AppHostModel.WaitsFor(AppHostModel.Project(name)).Select(r => r.Name).Order(StringComparer.Ordinal).ToList();

        if (name == ResourceNames.Portal)
        {
            Assert.Empty(waits); // it asks the services for their health live, so it starts without them
            return;
        }
        // Aspire waits for a database's server too. Reporting neither publishes nor consumes, so it has no broker.
        string[] expected = name switch
        {
            ResourceNames.Notifications => [ResourceNames.Messaging, $"{name}db", ResourceNames.Postgres, ResourceNames.Mail],
            ResourceNames.Reporting => [$"{name}db", ResourceNames.Postgres],
            _ => [ResourceNames.Messaging, $"{name}db", ResourceNames.Postgres],
        };
        Assert.Equal(expected.Order(StringComparer.Ordinal), waits);
    }

    [Fact]
    public void Notifications_alone_is_given_the_mail_server_as_ConnectionStrings_mail()
    {
        var given = AppHostModel.Resources.OfType<IResourceWithEnvironment>()
            .Where(resource => AppHostModel.Environment(resource).TryGetValue($"ConnectionStrings__{ResourceNames.Mail}", out var value)
                && Assert.IsType<ConnectionStringReference>(value).Resource.Name == ResourceNames.Mail)
            .Select(resource => resource.Name);

        Assert.Equal([ResourceNames.Notifications], given);
    }

    [Fact]
    public void The_mail_server_takes_SMTP_on_55025_shows_its_web_view_on_55080_and_is_healthy_once_that_answers()
    {
        var mail = AppHostModel.Resources.Single(r => r.Name == ResourceNames.Mail);

        Assert.Equal(
            $"{SmtpEndpoints.Http}:55080:http {SmtpEndpoints.Smtp}:55025:tcp",
            string.Join(' ', AppHostModel.Endpoints(mail).OrderBy(e => e.Name).Select(e => $"{e.Name}:{e.Port}:{e.UriScheme}")));
        Assert.True(mail.TryGetAnnotationsOfType<HealthCheckAnnotation>(out _), "The mail server has no health check, so Notifications would not wait for it to answer.");
        Assert.StartsWith("Endpoint=smtp://{mail.bindings.smtp.host}:{mail.bindings.smtp.port}",
            Assert.IsAssignableFrom<IResourceWithConnectionString>(mail).ConnectionStringExpression.ValueExpression);
    }

    [Fact]
    public void The_demo_gives_the_Virtual_School_its_own_settings_for_rates_review_deadlines_and_the_sweep()
    {
        var environment = AppHostModel.Environment(AppHostModel.Project(ResourceNames.VirtualSchool));

        Assert.All(CorporateParenting.AppHost.DemoSettings.VirtualSchool, setting => Assert.Equal(setting.Value, environment[setting.Key]));
    }

    [Fact]
    public void The_demo_tells_Notifications_that_notices_due_before_the_cohorts_date_are_not_chased()
    {
        var environment = AppHostModel.Environment(AppHostModel.Project(ResourceNames.Notifications));

        Assert.Equal("2026-11-01", environment["Notifications__Outbound__NoticesOwedFrom"]);
    }

    [Fact]
    public void Demo_data_is_loaded_once_every_consumer_of_Placements_events_is_healthy()
    {
        var waits = AppHostModel.WaitsFor(AppHostModel.Project(ResourceNames.DemoData)).Select(r => r.Name).ToHashSet();

        // The Portal and Reporting consume no events: they read the services when asked.
        Assert.Superset(
            AppHostModel.Services.Where(s => s.Name is not (ResourceNames.Portal or ResourceNames.Reporting)).Select(s => s.Name).ToHashSet(), waits);
    }
}
