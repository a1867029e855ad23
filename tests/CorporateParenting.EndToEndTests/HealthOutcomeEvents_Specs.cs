extern alias HealthApi;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.Health.V1;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using CorporateParenting.Audit;
using Grpc.Core;
using HealthApi::Health.Api.Queries;
using Microsoft.Extensions.DependencyInjection;
using HealthDbContext = HealthApi::Health.Api.Infrastructure.HealthDbContext;
using ServerOc2Child = HealthApi::CorporateParenting.Health.V1.Oc2Child;
using ServerStreamOc2Request = HealthApi::CorporateParenting.Health.V1.StreamOc2Request;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// Substance misuse, interventions, convictions and reasons for no SDQ recorded as dated events over REST, and the
/// child's OC2 row for 2025-26 derived from them (docs/health.md §5.1); the year's rows and measures read a page of
/// children at a time.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class HealthOutcomeEvents_Specs(InfrastructureFixture fixture) : PlacementsAndHealthSpecs(fixture)
{
    private async Task<string> EnterCareAsync(string reference, string dateOfBirth, string enteredCareOn = "2024-01-15")
    {
        var recorded = await Placements.RecordEntryToCareAsync(new RecordEntryToCareRequest
        {
            ClientRequestId = $"enter-{reference}", CaseReference = reference, GivenName = "Ola", FamilyName = reference,
            DateOfBirth = dateOfBirth, Sex = "M", EnteredCareOn = enteredCareOn, LegalStatus = "C2", CategoryOfNeed = "N1",
            PlacementType = "U6", PlacementProvider = "PR1", ProviderUrn = "SC000001", PlacementAuthorityCode = "E06000015",
        }, TestTokens.GrpcAs(Roles.CaseSystem));
        await Eventually.ReturnsAsync(async () => await HealthSummaryOrEmptyAsync(recorded.ChildId, TestTokens.GrpcAs(Roles.Health)),
            s => s.Assessments.Count > 0, "the child to reach Health");
        return recorded.ChildId;
    }

    private HttpClient As(string role) => HealthService.CreateClient(TestTokens.For(role));

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static object Event(string kind, string on, string? sdqReason = null) => new { kind, on, sdqReason };

    [Fact]
    public async Task The_oc2_row_for_the_year_is_derived_from_the_events_recorded_corrected_and_removed()
    {
        var childId = await EnterCareAsync("OC2-ROW", dateOfBirth: "2010-06-01");
        var nurse = As(Roles.Health);
        var events = $"/api/children/{childId}/outcome-events";

        var identified = await nurse.PostAsJsonAsync(events, Event("SUBSTANCE_MISUSE_IDENTIFIED", "2025-05-01"));
        var refused = await JsonOf(await nurse.PostAsJsonAsync(events, Event("INTERVENTION_REFUSED", "2025-06-01")));
        Assert.Equal(HttpStatusCode.Created, (await nurse.PostAsJsonAsync(events, Event("YOUTH_CAUTION", "2025-09-01"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, identified.StatusCode);

        var row = await nurse.GetFromJsonAsync<JsonElement>($"/api/children/{childId}/oc2/2026");
        Assert.Equal("2025-26", row.GetProperty("year").GetString());
        Assert.True(row.GetProperty("inCohort").GetBoolean());
        Assert.Equal((1, 1, 0, 1), (row.GetProperty("convicted").GetInt32(), row.GetProperty("substanceMisuse").GetInt32(),
            row.GetProperty("interventionReceived").GetInt32(), row.GetProperty("interventionOffered").GetInt32()));
        Assert.Contains("186", row.GetProperty("missing")[0].GetString());

        Assert.Equal(HttpStatusCode.Created, (await nurse.PostAsJsonAsync(events, Event("NO_SDQ", "2026-01-10", "SDQ2"))).StatusCode);
        var corrected = await nurse.PutAsJsonAsync($"{events}/{refused.GetProperty("id").GetGuid()}", Event("INTERVENTION_RECEIVED", "2025-06-01"));
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);

        row = await nurse.GetFromJsonAsync<JsonElement>($"/api/children/{childId}/oc2/2026");
        Assert.Equal("SDQ2", row.GetProperty("sdqReason").GetString());
        Assert.Equal(0, row.GetProperty("missing").GetArrayLength());
        Assert.Equal(1, row.GetProperty("interventionReceived").GetInt32());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("interventionOffered").ValueKind);

        var orphaning = await nurse.DeleteAsync($"{events}/{(await JsonOf(identified)).GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, orphaning.StatusCode);
        Assert.Equal("application/problem+json", orphaning.Content.Headers.ContentType?.MediaType);
        Assert.Contains("rule 193", (await JsonOf(orphaning)).GetProperty("detail").GetString());

        var listed = await nurse.GetFromJsonAsync<JsonElement>(events);
        Assert.Equal(["SUBSTANCE_MISUSE_IDENTIFIED", "INTERVENTION_RECEIVED", "YOUTH_CAUTION", "NO_SDQ"],
            listed.EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, (await nurse.DeleteAsync($"{events}/{refused.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(3, (await nurse.GetFromJsonAsync<JsonElement>(events)).GetArrayLength());
    }

    [Fact]
    public async Task The_performance_team_streams_the_years_oc2_rows_of_the_cohort_with_what_is_missing()
    {
        var inCohort = await EnterCareAsync("OC2-STREAM-1", dateOfBirth: "2012-02-29");
        await As(Roles.Health).PostAsJsonAsync($"/api/children/{inCohort}/outcome-events", Event("CONVICTION", "2026-03-31"));
        await EnterCareAsync("OC2-STREAM-2", dateOfBirth: "2012-05-01", enteredCareOn: "2025-06-01");

        async Task<List<Oc2Child>> StreamAsync(string role, int yearEnding = 2026)
        {
            using var call = Health.StreamOc2(new StreamOc2Request { YearEnding = yearEnding }, TestTokens.GrpcAs(role));
            var rows = new List<Oc2Child>();
            await foreach (var row in call.ResponseStream.ReadAllAsync())
            {
                rows.Add(row);
            }
            return rows;
        }

        var row = Assert.Single(await StreamAsync(Roles.Performance));
        var board = await Assert.ThrowsAsync<RpcException>(() => StreamAsync(Roles.Board));
        var nurse = await Assert.ThrowsAsync<RpcException>(() => StreamAsync(Roles.Health));
        var badYear = await Assert.ThrowsAsync<RpcException>(() => StreamAsync(Roles.Performance, yearEnding: 0));

        Assert.Equal((inCohort, "2012-02-29", "1", "", "0"), (row.ChildId, row.Dob, row.Convicted, row.HealthCheck, row.SubstanceMisuse));
        Assert.Equal(("", ""), (row.InterventionReceived, row.InterventionOffered));
        Assert.Equal([("SDQ_SCORE", "186")], row.Findings.Select(f => (f.Field, f.Rule)));
        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied), (board.StatusCode, nurse.StatusCode));
        Assert.Equal(StatusCode.InvalidArgument, badYear.StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field_and_a_broken_rule_a_422_naming_it()
    {
        var childId = await EnterCareAsync("OC2-BAD", dateOfBirth: "2018-01-01");
        var nurse = As(Roles.Health);
        var events = $"/api/children/{childId}/outcome-events";

        var badKind = await nurse.PostAsJsonAsync(events, Event("DRUGS", "2025-05-01"));
        var badDate = await nurse.PostAsJsonAsync(events, Event("CONVICTION", "01/05/2025"));
        var badReason = await nurse.PostAsJsonAsync(events, Event("NO_SDQ", "2025-05-01", "SDQ9"));
        var underTen = await nurse.PostAsJsonAsync(events, Event("CONVICTION", "2025-05-01"));
        var badYear = await nurse.GetAsync($"/api/children/{childId}/oc2/1999");
        var unknownChild = await nurse.PostAsJsonAsync($"/api/children/{Guid.NewGuid()}/outcome-events", Event("CONVICTION", "2025-05-01"));

        foreach (var (response, field) in new[] { (badKind, "kind"), (badDate, "on"), (badReason, "sdqReason"), (badYear, "yearEnding") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await JsonOf(response)).GetProperty("errors").TryGetProperty(field, out _), field);
        }
        Assert.Equal(HttpStatusCode.UnprocessableEntity, underTen.StatusCode);
        Assert.Contains("rule 542", (await JsonOf(underTen)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknownChild.StatusCode);
    }

    [Fact]
    public async Task Health_staff_record_admins_read_and_others_are_refused()
    {
        var childId = await EnterCareAsync("OC2-ROLES", dateOfBirth: "2010-06-01");
        var events = $"/api/children/{childId}/outcome-events";

        Assert.Equal(HttpStatusCode.Created, (await As(Roles.Health).PostAsJsonAsync(events, Event("CONVICTION", "2025-05-01"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await As(Roles.Admin).GetAsync(events)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await As(Roles.Admin).GetAsync($"/api/children/{childId}/oc2/2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await As(Roles.Admin).PostAsJsonAsync(events, Event("CONVICTION", "2025-06-01"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await As(Roles.Board).GetAsync($"/api/children/{childId}/oc2/2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await As(Roles.Placements).GetAsync(events)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await HealthService.CreateClient().GetAsync(events)).StatusCode);
    }

    [Fact]
    public async Task Read_a_page_of_one_or_two_children_at_a_time_the_years_rows_and_measures_are_those_read_in_one_page()
    {
        foreach (var (reference, dateOfBirth) in new[] { ("PAGE-1", "2010-06-01"), ("PAGE-2", "2012-02-29"), ("PAGE-3", "2019-09-09"), ("PAGE-4", "2015-01-01") })
        {
            var childId = await EnterCareAsync(reference, dateOfBirth);
            var recorded = await As(Roles.Health).PostAsJsonAsync($"/api/children/{childId}/outcome-events", Event("SUBSTANCE_MISUSE_IDENTIFIED", "2025-05-01"));
            Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        }
        await EnterCareAsync("PAGE-LATE", dateOfBirth: "2012-05-01", enteredCareOn: "2025-06-01"); // not in the cohort, owed an IHA in the year

        await using var scope = HealthService.Services.CreateAsyncScope();
        var (db, audit) = (scope.ServiceProvider.GetRequiredService<HealthDbContext>(), scope.ServiceProvider.GetRequiredService<IAuditTrail>());
        var year = GetMeasuresQuery.From(2026);
        async Task<List<ServerOc2Child>> RowsAsync(StreamOc2Handler handler)
        {
            var rows = new RowsWritten();
            await handler.HandleAsync(new ServerStreamOc2Request { YearEnding = 2026 }, rows, CancellationToken.None);
            return rows.Written;
        }

        var inOnePage = await RowsAsync(new StreamOc2Handler(db, audit));
        var measuresInOnePage = await new GetMeasuresHandler(db).HandleAsync(year, CancellationToken.None);
        Assert.Equal(4, inOnePage.Count);
        Assert.Equal((4, 1), (measuresInOnePage.Cohort, measuresInOnePage.InitialAssessmentsOnTime.Denominator));
        Assert.Equal(inOnePage.OrderBy(r => Guid.Parse(r.ChildId)), inOnePage);
        foreach (var pageSize in new[] { 1, 2 })
        {
            Assert.Equal(inOnePage, await RowsAsync(new StreamOc2Handler(db, audit, pageSize)));
            Assert.Equal(measuresInOnePage, await new GetMeasuresHandler(db, pageSize).HandleAsync(year, CancellationToken.None));
        }
    }

    private sealed class RowsWritten : IServerStreamWriter<ServerOc2Child>
    {
        public List<ServerOc2Child> Written { get; } = [];

        public WriteOptions? WriteOptions { get; set; }

        public Task WriteAsync(ServerOc2Child message)
        {
            Written.Add(message);
            return Task.CompletedTask;
        }
    }
}
