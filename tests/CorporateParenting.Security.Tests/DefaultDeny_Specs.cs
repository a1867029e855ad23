extern alias HealthApi;
extern alias LeavingCareApi;
extern alias NotificationsApi;
extern alias PlacementsApi;
extern alias PortalWeb;
extern alias ReportingApi;
extern alias VirtualSchoolApi;

using System.Reflection;
using CorporateParenting.ServiceDefaults.Security;
using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Routing;

namespace CorporateParenting.Security.Tests;

/// <summary>
/// Every REST endpoint, gRPC method and Portal page of every service names a policy from <see cref="Policies"/>; only
/// health, liveness, the Development OpenAPI document and UI, the page an emailed notice's acknowledgement link opens (the
/// link's one-use token is its credential: docs/out-of-area.md §12), the Portal's sign-in page and its stylesheets,
/// scripts, fonts and images are anonymous. A new endpoint without a policy fails here.
/// </summary>
public sealed class DefaultDeny_Specs
{
    private static readonly string[] AnonymousAllowed = ["/health", "/alive", "/openapi/{documentName}.json", "/acknowledge/{token}", "/sign-in"];

    /// <summary>The Portal's static files (GOV.UK Frontend's and its own), which hold no data.</summary>
    private static readonly string[] AnonymousStaticPrefixes = ["/assets/", "/lib/", "/js/", "/css/"];

    /// <summary>The Development API reference UI and its static files.</summary>
    private const string AnonymousUiPrefix = "/scalar";

    private static readonly IReadOnlySet<string> KnownPolicies = typeof(Policies)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .Where(p => p != Policies.DenyUnnamed)
        .ToHashSet();

    public static TheoryData<string> Services => ["placements", "virtualschool", "health", "leavingcare", "notifications", "reporting", "portal"];

    private static IReadOnlyList<RouteEndpoint> EndpointsOf(string service)
    {
        return service switch
        {
            "placements" => Catalogue<PlacementsApi::Placements.Api.Grpc.PlacementsGrpcService>(),
            "virtualschool" => Catalogue<VirtualSchoolApi::VirtualSchool.Api.Infrastructure.VirtualSchoolDbContext>(),
            "health" => Catalogue<HealthApi::Health.Api.Grpc.HealthGrpcService>(),
            "leavingcare" => Catalogue<LeavingCareApi::LeavingCare.Api.Infrastructure.LeavingCareDbContext>(),
            "notifications" => Catalogue<NotificationsApi::Notifications.Api.Infrastructure.NotificationsDbContext>(),
            "reporting" => Catalogue<ReportingApi::Reporting.Api.Infrastructure.ReportingDbContext>(),
            "portal" => Catalogue<PortalWeb::Portal.Web.Apis.PlatformStatus>(),
            _ => throw new ArgumentOutOfRangeException(nameof(service)),
        };

        static IReadOnlyList<RouteEndpoint> Catalogue<T>() where T : class
        {
            using var catalogue = new EndpointCatalogue<T>();
            return catalogue.Endpoints;
        }
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_endpoint_names_a_platform_policy_or_is_an_allowed_anonymous_one(string service)
    {
        var endpoints = EndpointsOf(service).Where(e => !IsGrpcCatchAll(e) && !IsChangedStaticFileFallback(e)).ToList();
        Assert.NotEmpty(endpoints);

        var unguarded = endpoints
            .Where(e => EndpointCatalogue<object>.IsAnonymous(e)
                ? !IsAllowedAnonymous("/" + e.RoutePattern.RawText?.TrimStart('/'))
                : !EndpointCatalogue<object>.PoliciesOf(e).Any(KnownPolicies.Contains))
            .Select(EndpointCatalogue<object>.Describe)
            .ToList();

        Assert.True(unguarded.Count == 0, $"{service}: endpoints without a platform policy:{Environment.NewLine}{string.Join(Environment.NewLine, unguarded)}");
    }

    [Theory]
    [InlineData("placements")]
    [InlineData("health")]
    [InlineData("leavingcare")]
    [InlineData("virtualschool")]
    [InlineData("notifications")]
    public void Every_method_of_the_services_proto_is_mapped_with_a_policy(string service)
    {
        var descriptor = service switch
        {
            "placements" => PlacementsApi::CorporateParenting.Placements.V1.Placements.Descriptor,
            "health" => HealthApi::CorporateParenting.Health.V1.Health.Descriptor,
            "virtualschool" => VirtualSchoolApi::CorporateParenting.VirtualSchool.V1.VirtualSchool.Descriptor,
            "notifications" => NotificationsApi::CorporateParenting.Notifications.V1.Notifications.Descriptor,
            _ => LeavingCareApi::CorporateParenting.LeavingCare.V1.LeavingCare.Descriptor,
        };
        var mapped = EndpointsOf(service)
            .Where(e => e.Metadata.GetMetadata<GrpcMethodMetadata>() is not null && !IsGrpcCatchAll(e))
            .ToDictionary(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()!.Method.FullName.TrimStart('/'), EndpointCatalogue<object>.PoliciesOf);

        foreach (var method in descriptor.Methods)
        {
            var name = $"{descriptor.FullName}/{method.Name}";
            Assert.True(mapped.TryGetValue(name, out var policies), $"{name} is not mapped.");
            Assert.Contains(policies, KnownPolicies.Contains);
        }
    }

    [Fact]
    public void Health_records_are_guarded_by_the_health_policies_and_only_the_measures_are_open_to_the_board()
    {
        var expected = new Dictionary<string, string>
        {
            ["GetHealthSummary"] = Policies.ReadHealthRecords,
            ["ListWorklist"] = Policies.ReadHealthRecords,
            ["RecordAssessmentEvent"] = Policies.WriteHealthRecords,
            ["SubmitSdq"] = Policies.WriteHealthRecords,
            ["RecordHealthCheck"] = Policies.WriteHealthRecords,
            ["GetMeasures"] = Policies.ReadAggregates,
            ["StreamOc2"] = Policies.ProduceReturns,
        };
        var methods = EndpointsOf("health")
            .Select(e => (Method: e.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method, Endpoint: e))
            .Where(m => m.Method?.ServiceName == HealthApi::CorporateParenting.Health.V1.Health.Descriptor.FullName)
            .ToList();

        Assert.Equal(expected.Keys.Order(), methods.Select(m => m.Method!.Name).Order());
        Assert.All(methods, m => Assert.Contains(expected[m.Method!.Name], EndpointCatalogue<object>.PoliciesOf(m.Endpoint)));
    }

    [Theory]
    [InlineData("placements")]
    [InlineData("health")]
    [InlineData("virtualschool")]
    [InlineData("leavingcare")]
    [InlineData("notifications")]
    public void Every_services_board_measures_are_open_to_the_readers_of_aggregates_only(string service)
    {
        var measures = EndpointsOf(service).Single(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method.Name == "GetMeasures");

        Assert.Equal([Policies.ReadAggregates], EndpointCatalogue<object>.PoliciesOf(measures));
    }

    [Theory]
    [InlineData("placements", "StreamReturn")]
    [InlineData("health", "StreamOc2")]
    public void The_returns_rows_are_for_the_performance_team_only(string service, string method)
    {
        var stream = EndpointsOf(service).Single(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method.Name == method);

        Assert.Equal([Policies.ProduceReturns], EndpointCatalogue<object>.PoliciesOf(stream));
    }

    [Fact]
    public void Placements_register_streams_to_services_only_and_read_model_rebuilds_are_for_admins_only()
    {
        var stream = EndpointsOf("placements").Single(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method.Name == "StreamCareHistories");
        Assert.Equal([Policies.ServiceRead], EndpointCatalogue<object>.PoliciesOf(stream));

        var rebuilds = EndpointsOf("health").Where(e => e.RoutePattern.RawText?.StartsWith("/api/admin/read-model/", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(3, rebuilds.Count); // ask, one run, the latest runs
        Assert.All(rebuilds, e => Assert.Equal([Policies.Admin], EndpointCatalogue<object>.PoliciesOf(e)));
    }

    [Fact]
    public void The_return_is_for_the_performance_team_only_the_scorecard_for_aggregate_readers_and_leaving_care_opens_the_oc3_rows_and_nothing_else()
    {
        var reporting = EndpointsOf("reporting").Where(e => e.RoutePattern.RawText?.StartsWith("/api/reporting/", StringComparison.Ordinal) == true)
            .ToDictionary(e => $"{e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Single()} {e.RoutePattern.RawText}",
                e => EndpointCatalogue<object>.PoliciesOf(e));
        Assert.Equal(6, reporting.Count); // the zip, the self-check, the case system's tables (import and list) and the Board's scorecard, as JSON and CSV
        foreach (var produce in new[] { "GET /api/reporting/ssda903/{yearEnding}", "GET /api/reporting/ssda903/{yearEnding}/findings",
                     "PUT /api/reporting/ssda903/{yearEnding}/tables/{table}", "GET /api/reporting/ssda903/{yearEnding}/tables" })
        {
            Assert.Equal([Policies.ProduceReturns], reporting[produce]);
        }
        Assert.Equal([Policies.ReadAggregates], reporting["GET /api/reporting/scorecard"]);
        Assert.Equal([Policies.ReadAggregates], reporting["GET /api/reporting/scorecard.csv"]);

        var leavingCare = EndpointsOf("leavingcare")
            .Select(e => (Method: e.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method, Endpoint: e))
            .Where(m => m.Method?.ServiceName == LeavingCareApi::CorporateParenting.LeavingCare.V1.LeavingCare.Descriptor.FullName)
            .ToDictionary(m => m.Method!.Name, m => EndpointCatalogue<object>.PoliciesOf(m.Endpoint));
        Assert.Equal([Policies.ReadOc3Rows], leavingCare["ListOc3Rows"]);
        Assert.Equal([Policies.ReadCareLeaver], leavingCare["GetCareLeaverStatus"]);
    }

    private static bool IsAllowedAnonymous(string path) =>
        AnonymousAllowed.Contains(path) || path == AnonymousUiPrefix || path.StartsWith(AnonymousUiPrefix + "/", StringComparison.Ordinal)
        || AnonymousStaticPrefixes.Any(prefix => path.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>
    /// The route by which <c>MapStaticAssets</c> serves, in Development, a wwwroot file changed since the build. It takes
    /// no convention, so it falls under the deny-all fallback policy: nothing is served by it to anyone.
    /// </summary>
    private static bool IsChangedStaticFileFallback(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.RawText == "{**path:file}" && !EndpointCatalogue<object>.IsAnonymous(endpoint) && !EndpointCatalogue<object>.PoliciesOf(endpoint).Any();

    /// <summary>gRPC's own "unimplemented method" fallbacks: they answer Unimplemented and still fall under the deny-all fallback policy.</summary>
    private static bool IsGrpcCatchAll(RouteEndpoint endpoint) =>
        endpoint.DisplayName?.Contains("unimplemented", StringComparison.OrdinalIgnoreCase) == true;
}
