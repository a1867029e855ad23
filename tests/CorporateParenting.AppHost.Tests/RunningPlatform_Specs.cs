using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.ServiceDiscovery;

namespace CorporateParenting.AppHost.Tests;

/// <summary>The platform as the AppHost runs it, across real processes: healthy, wired by service discovery, one trace from a case-system call to Health.</summary>
[Collection(AppHostCollection.Name)]
public sealed class RunningPlatform_Specs(RunningAppHost platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long the demo loader may take from the test's start: it waits for each service's figures to settle (20 s of quiet
    /// for Leaving Care alone), so on two busy cores it needs more than a minute. A wait, not a speed target.
    /// </summary>
    private static readonly TimeSpan DemoLoaderPatience = TimeSpan.FromMinutes(4);

    [Fact]
    public void Every_resource_with_a_health_check_is_running_and_healthy()
    {
        var notifications = platform.App.Services.GetRequiredService<ResourceNotificationService>();
        var resources = platform.App.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .Where(r => r.TryGetAnnotationsOfType<HealthCheckAnnotation>(out _)).ToList();

        Assert.Equal(17, resources.Count); // PostgreSQL, its 6 databases, RabbitMQ, its epmd, the SMTP server, 7 services
        foreach (var resource in resources)
        {
            Assert.True(notifications.TryGetCurrentState(resource.Name, out var state), $"{resource.Name} has no state.");
            Assert.Equal((KnownResourceStates.Running, (Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus?)Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy),
                (state.Snapshot.State?.Text, state.Snapshot.HealthStatus));
        }
    }

    [Fact]
    public async Task The_demo_loader_reaches_Placements_by_gRPC_service_discovery_and_finishes()
    {
        var notifications = platform.App.Services.GetRequiredService<ResourceNotificationService>();
        using var timeout = new CancellationTokenSource(DemoLoaderPatience);

        var finished = await notifications.WaitForResourceAsync(ResourceNames.DemoData, e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), timeout.Token);

        Assert.Equal((KnownResourceStates.Finished, 0), (finished.Snapshot.State?.Text, finished.Snapshot.ExitCode));
        // Every child recorded, those who have left care too (the cohort deals a third of its children out of care).
        using var channel = GrpcChannel.ForAddress(platform.App.GetEndpoint(ResourceNames.Placements, ResourceNames.GrpcEndpoint));
        using var register = new Placements.V1.Placements.PlacementsClient(channel).StreamCareHistories(new StreamCareHistoriesRequest(), Bearer(Roles.Service));
        var recorded = 0;
        await foreach (var snapshot in register.ResponseStream.ReadAllAsync())
        {
            recorded += snapshot.Child.CaseReference.StartsWith("SYN831-", StringComparison.Ordinal) ? 1 : 0;
        }
        Assert.Equal(RunningAppHost.DemoChildren, recorded);
        // Its last step, the Virtual School's Pupil Premium Plus year opened at the demo's rate through the REST API.
        using var virtualSchool = await HttpClientAsync(ResourceNames.VirtualSchool, Roles.VirtualSchool);
        var year = await virtualSchool.GetFromJsonAsync<JsonElement>("/api/virtual-school/pupil-premium-plus/2026-27");
        Assert.Equal(2630m, year.GetProperty("ratePerChild").GetDecimal());
    }

    [Fact]
    public async Task The_performance_team_finds_the_demo_cohorts_return_clean_and_the_board_reads_its_scorecard_across_the_processes()
    {
        var notifications = platform.App.Services.GetRequiredService<ResourceNotificationService>();
        using var timeout = new CancellationTokenSource(DemoLoaderPatience);
        await notifications.WaitForResourceAsync(ResourceNames.DemoData, e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), timeout.Token);

        // Reporting reaches Placements, Health and Leaving Care by service discovery, under the analyst's own token.
        using var analyst = await HttpClientAsync(ResourceNames.Reporting, Roles.Performance);
        var lastEnded = DateTime.UtcNow.Month >= 4 ? DateTime.UtcNow.Year : DateTime.UtcNow.Year - 1;
        foreach (var yearEnding in new[] { lastEnded, lastEnded + 1 })
        {
            var findings = (await analyst.GetFromJsonAsync<JsonElement>($"/api/reporting/ssda903/{yearEnding}/findings")).GetProperty("findings").EnumerateArray()
                .Where(f => f.GetProperty("child").GetString()!.StartsWith("SYN831-", StringComparison.Ordinal)) // not the other specs' children
                .Select(f => f.ToString()).ToList();
            Assert.True(findings.Count == 0, $"{yearEnding}: {string.Join("; ", findings)}");
        }

        // And all five services' aggregates, under the Board's token: a handful of demo children shows as "c".
        using var board = await HttpClientAsync(ResourceNames.Reporting, Roles.Board);
        var scorecard = await board.GetFromJsonAsync<JsonElement>("/api/reporting/scorecard?months=2");
        Assert.Equal(6, scorecard.GetProperty("periods").GetArrayLength());
        var figures = scorecard.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("value").GetString()!);
        Assert.Contains(figures["looked_after"], new[] { "c", "0" }); // under the threshold of 10, never the count itself
        Assert.Contains("notices_sent_on_time", figures.Keys);
        Assert.Contains("care_leavers_19_21_in_touch", figures.Keys);
        Assert.Contains("persistently_absent", figures.Keys);
        Assert.Contains("health_assessments", figures.Keys);
    }

    [Fact]
    public async Task The_environment_Aspire_gives_a_gRPC_client_resolves_to_the_HTTP2_endpoint()
    {
        var demoData = platform.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>().Single(p => p.Name == ResourceNames.DemoData);
        var environment = (await ExecutionConfigurationBuilder.Create(demoData).WithEnvironmentVariablesConfig()
            .BuildAsync(new(DistributedApplicationOperation.Run), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, CancellationToken.None)).EnvironmentVariables;
        var discovery = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection(environment.Select(e => new KeyValuePair<string, string?>(e.Key.Replace("__", ":", StringComparison.Ordinal), e.Value)))
                .Build())
            .AddServiceDiscoveryCore()
            .AddConfigurationServiceEndpointProvider()
            .BuildServiceProvider();

        var endpoints = await discovery.GetRequiredService<ServiceEndpointResolver>().GetEndpointsAsync(ResourceNames.GrpcAddress(ResourceNames.Placements).ToString(), CancellationToken.None);
        var address = Assert.Single(endpoints.Endpoints).EndPoint.ToString()!;

        using var channel = GrpcChannel.ForAddress(address.StartsWith("http", StringComparison.Ordinal) ? address : $"http://{address}");
        var error = await Assert.ThrowsAsync<RpcException>(async () => await new Placements.V1.Placements.PlacementsClient(channel)
            .GetChildAsync(new GetChildRequest { ChildId = Guid.NewGuid().ToString() }, Bearer(Roles.CaseSystem)));
        Assert.Equal(StatusCode.NotFound, error.StatusCode); // an answer in gRPC: an HTTP/1.1 endpoint cannot give one
    }

    [Fact]
    public async Task An_entry_to_care_reaches_Health_worklist_in_one_trace_through_the_outbox_and_the_broker()
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var headers = Bearer(Roles.CaseSystem);
        headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var channel = GrpcChannel.ForAddress(platform.App.GetEndpoint(ResourceNames.Placements, ResourceNames.GrpcEndpoint));
        var familyName = "Trace" + traceId[..6];

        await new Placements.V1.Placements.PlacementsClient(channel).RecordEntryToCareAsync(new RecordEntryToCareRequest
        {
            ClientRequestId = $"apphost-{traceId}", CaseReference = $"AH-{traceId[..8]}", GivenName = "Ana", FamilyName = familyName,
            DateOfBirth = "2015-06-01", Sex = "F", EnteredCareOn = DateTime.UtcNow.ToString("yyyy-MM-dd"), LegalStatus = "C2", CategoryOfNeed = "N1",
            PlacementType = "U6", PlacementProvider = "PR1", ProviderUrn = "SC000001", PlacementAuthorityCode = "E06000015",
        }, headers);

        using var health = await HttpClientAsync(ResourceNames.Health, Roles.Health);
        var item = await Eventually.ReturnsAsync(
            async () => (await health.GetFromJsonAsync<JsonElement>("/api/worklist")).GetProperty("items").EnumerateArray()
                .FirstOrDefault(i => i.GetProperty("familyName").GetString() == familyName),
            found => found.ValueKind == JsonValueKind.Object, "the Initial Health Assessment on Health's worklist", Patience);
        Assert.Equal("INITIAL", item.GetProperty("assessment").GetProperty("kind").GetString());

        var trace = await Eventually.ReturnsAsync(
            () => Task.FromResult(platform.Telemetry.Spans.Where(s => s.TraceId == traceId).ToList()),
            spans => spans.Any(s => s.Service == ResourceNames.Health && s.Kind == ExportedSpan.Consumer),
            "Health's consumer span in the case system's trace", Patience);
        Assert.Contains(trace, s => s.Service == ResourceNames.Placements && s.Kind == ExportedSpan.Server && s.Name.Contains("RecordEntryToCare", StringComparison.Ordinal));
        var outbox = Assert.Single(trace, s => s.Service == ResourceNames.Placements && s.Name == "outbox publish ChildEnteredCare");
        Assert.Contains(trace, s => s.Service == ResourceNames.Placements && s.Kind == ExportedSpan.Producer && s.ParentSpanId == outbox.SpanId);
    }

    private Metadata Bearer(string role) =>
        new() { { "Authorization", $"Bearer {DevelopmentTokens.Create(platform.SigningKey, "apphost-tests", [role])}" } };

    private Task<HttpClient> HttpClientAsync(string service, string role)
    {
        var client = new HttpClient { BaseAddress = platform.App.GetEndpoint(service, ResourceNames.HttpEndpoint) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevelopmentTokens.Create(platform.SigningKey, "apphost-tests", [role]));
        return Task.FromResult(client);
    }
}
