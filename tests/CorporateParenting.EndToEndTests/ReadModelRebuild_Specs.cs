extern alias HealthApi;
extern alias PlacementsApi;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.Calendar;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.Health.V1;
using CorporateParenting.Messaging.Inbox;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Grpc.Core;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using CaseloadImport = PlacementsApi::Placements.Api.Import.CaseloadImport;
using HealthDbContext = HealthApi::Health.Api.Infrastructure.HealthDbContext;
using ReadModelRebuildApi = CorporateParenting.ReadModels.ReadModelRebuildApi;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// Nothing imported is invisible to the other services: Placements streams its register (StreamCareHistories, role
/// service) and Health builds its copy from it on first start and when an admin asks, idempotently and in agreement with
/// the events, with the health history to be recorded for care that began long before and the IHA for care that began
/// recently (docs/health.md §8).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ReadModelRebuild_Specs(InfrastructureFixture fixture) : PlacementsAndHealthSpecs(fixture)
{
    private const string Initial = "INITIAL";
    private const string HistoryToRecord = "HISTORY_TO_RECORD";
    private static readonly Metadata Service = TestTokens.GrpcAs(Roles.Service);
    private static readonly Metadata Nurse = TestTokens.GrpcAs(Roles.Health);
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly DateOnly LastWeek = Today.AddDays(-7);

    private const string Header = """
        CHILD,SEX,DOB,ETHNIC,UPN,GIVEN_NAME,FAMILY_NAME
        R100,F,14/03/2012,WBRI,,Ada,Longago
        R200,M,02/11/2015,NOBT,,Ben,Lastweek
        R300,F,10/01/2007,WBRI,,Cy,Careleaver
        R400,M,05/05/2014,WBRI,,Dee,Shortbreaks
        """;

    // R100: in care since 2019, moved out of area in 2021. R200: in care since last week. R300: left care in 2025.
    // R400: an agreed series of short breaks since 2020.
    private static string Episodes => $"""
        CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,PL_LA
        R100,13/05/2019,S,C2,N1,U6,PR1,01/09/2021,X1,CARPL,DE1 2AA,DE22 3BB,SC000001,E06000015
        R100,01/09/2021,P,C2,N1,K2,PR4,,,,DE1 2AA,S40 1AA,SC123456,E10000007
        R200,{LastWeek:dd/MM/yyyy},S,V2,N4,U6,PR1,,,,,,SC000001,E06000015
        R300,06/01/2020,S,C2,N1,U6,PR1,09/01/2025,E4A,,,,SC000001,E06000015
        R400,06/01/2020,S,V3,N1,U6,PR1,,,,,,SC000001,E06000015
        """;

    [Fact]
    public async Task On_first_start_Health_knows_every_imported_child_with_the_history_to_record_for_old_care_and_the_iha_for_new()
    {
        await ImportAsync();

        await RestartHealthOnEmptyDatabaseAsync();

        var run = Assert.Single(await WaitForRebuildsAsync());
        Assert.Equal(("first-start", 4, 0, Today.ToString("yyyy-MM-dd")),
            (run.GetProperty("trigger").GetString(), run.GetProperty("childrenApplied").GetInt32(), run.GetProperty("childrenFailed").GetInt32(),
                run.GetProperty("startedOn").GetString()));
        var children = await ChildrenAsync();

        var longAgo = await SummaryAsync(children["R100"]);
        Assert.Equal(("Ada", "out-of-area"), (longAgo.GivenName, longAgo.Team));
        var history = Assert.Single(longAgo.Assessments);
        Assert.Equal((HistoryToRecord, "DUE", "2019-05-13", Iso(WorkingDayCalendar.EnglandAndWales.AddWorkingDays(Today, 20)), ""),
            (history.Kind, history.Status, history.LookedAfterSince, history.DueOn, history.RequestToProviderDueOn));

        var lastWeek = await SummaryAsync(children["R200"]);
        var iha = Assert.Single(lastWeek.Assessments);
        Assert.Equal((Initial, "DUE", Iso(LastWeek), Iso(WorkingDayCalendar.EnglandAndWales.AddWorkingDays(LastWeek, 20)),
                Iso(WorkingDayCalendar.EnglandAndWales.AddWorkingDays(LastWeek, 5))),
            (iha.Kind, iha.Status, iha.LookedAfterSince, iha.DueOn, iha.RequestToProviderDueOn));

        var careLeaver = await SummaryAsync(children["R300"]);
        var shortBreaks = await SummaryAsync(children["R400"]);
        Assert.Equal(("Cy", "Dee"), (careLeaver.GivenName, shortBreaks.GivenName)); // known, with nothing to do
        Assert.Empty(careLeaver.Assessments);
        Assert.Empty(shortBreaks.Assessments);

        Assert.Empty((await Health.ListWorklistAsync(new ListWorklistRequest { OverdueOnly = true }, Nurse)).Items); // no overdue IHA invented
        var audit = await HealthService.CreateClient(TestTokens.For(Roles.Admin)).GetStringAsync($"/api/audit/records?childId={children["R100"]}");
        Assert.Contains("CareHistorySnapshot applied", audit);
    }

    [Fact]
    public async Task An_admin_rebuild_runs_in_the_background_and_rebuilding_again_changes_nothing()
    {
        await ImportAsync();
        await RestartHealthOnEmptyDatabaseAsync();
        var children = await ChildrenAsync();
        var before = await ItemsAsync(children.Values);
        using var admin = HealthService.CreateClient(TestTokens.For(Roles.Admin));

        var response = await admin.PostAsync(ReadModelRebuildApi.RoutePrefix, content: null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var requested = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("admin", "test-user"), (requested.GetProperty("trigger").GetString(), requested.GetProperty("requestedBy").GetString()));
        Assert.Equal($"{ReadModelRebuildApi.RoutePrefix}/{requested.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());
        Assert.Equal(2, (await WaitForRebuildsAsync()).Length);
        var completed = await admin.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        Assert.Equal(("COMPLETED", 4, 1), (completed.GetProperty("status").GetString(), completed.GetProperty("childrenApplied").GetInt32(),
            completed.GetProperty("attempts").GetInt32()));
        Assert.Equal(before, await ItemsAsync(children.Values));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{ReadModelRebuildApi.RoutePrefix}/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task The_entry_event_arriving_after_the_rebuild_for_the_same_period_opens_nothing_more_and_older_details_lose()
    {
        await ImportAsync();
        await RestartHealthOnEmptyDatabaseAsync();
        var snapshots = await StreamAsync(new StreamCareHistoriesRequest());
        var children = snapshots.ToDictionary(s => s.Child.CaseReference, s => s.Child.ChildId);
        var before = await ItemsAsync(children.Values);

        // As Placements would have announced them, had the import published events: older than the snapshots.
        var bus = HealthService.Services.GetRequiredService<IBus>();
        foreach (var snapshot in snapshots.Where(s => s.IsLookedAfter))
        {
            var child = snapshot.Child;
            var period = child.PeriodsOfCare[^1];
            var first = period.Episodes[0];
            await bus.Publish(new ChildEnteredCare(Guid.Parse(child.ChildId), Guid.Parse(period.PeriodOfCareId), "Stale", child.FamilyName,
                DateOnly.Parse(child.DateOfBirth, CultureInfo.InvariantCulture), DateOnly.Parse(period.StartedOn, CultureInfo.InvariantCulture),
                first.LegalStatus, first.CategoryOfNeed, first.PlacementType, first.PlacementAuthorityCode, first.IsOutOfArea,
                snapshot.ChangedAt.ToDateTimeOffset().AddMinutes(-1)));
        }
        await EnteredCareConsumedAsync(3);

        Assert.Equal(before, await ItemsAsync(children.Values));
        Assert.Equal("Ada", (await SummaryAsync(children["R100"])).GivenName);
        Assert.Equal("out-of-area", (await SummaryAsync(children["R100"])).Team); // the event's first placement was in area, but older
    }

    [Fact]
    public async Task Entries_to_care_racing_rebuilds_leave_exactly_one_item_per_period_whichever_comes_first()
    {
        using var admin = HealthService.CreateClient(TestTokens.For(Roles.Admin));
        var entries = Enumerable.Range(0, 6).Select(i => Placements.RecordEntryToCareAsync(
            EntryToCare($"RACE-{i}", i < 3 ? "2024-01-08" : Iso(LastWeek)), TestTokens.GrpcAs(Roles.CaseSystem)).ResponseAsync).ToList();
        var rebuilds = Enumerable.Range(0, 3).Select(async i =>
        {
            await Task.Delay(i * 100);
            return await admin.PostAsync(ReadModelRebuildApi.RoutePrefix, content: null);
        }).ToList();

        var recorded = await Task.WhenAll(entries);
        Assert.All(await Task.WhenAll(rebuilds), response => Assert.Equal(HttpStatusCode.Accepted, response.StatusCode));
        await EnteredCareConsumedAsync(6);
        await WaitForRebuildsAsync();
        (await admin.PostAsync(ReadModelRebuildApi.RoutePrefix, content: null)).EnsureSuccessStatusCode(); // and once more, after every event
        await WaitForRebuildsAsync();

        for (var i = 0; i < 6; i++)
        {
            var summary = await SummaryAsync(recorded[i].ChildId);
            var first = Assert.Single(summary.Assessments);
            Assert.Equal(recorded[i].ChildId, first.ChildId);
            if (i < 3)
            {
                Assert.Contains(first.Kind, new[] { Initial, HistoryToRecord }); // whichever of the event and a rebuild came first
            }
            else
            {
                Assert.Equal((Initial, Iso(WorkingDayCalendar.EnglandAndWales.AddWorkingDays(LastWeek, 20))), (first.Kind, first.DueOn));
            }
        }
    }

    [Fact]
    public async Task Only_an_admin_may_ask_for_or_read_rebuilds()
    {
        using var anonymous = HealthService.CreateClient();
        using var nurse = HealthService.CreateClient(TestTokens.For(Roles.Health));
        using var service = HealthService.CreateClient(TestTokens.For(Roles.Service));
        using var admin = HealthService.CreateClient(TestTokens.For(Roles.Admin));

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(ReadModelRebuildApi.RoutePrefix, content: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nurse.PostAsync(ReadModelRebuildApi.RoutePrefix, content: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.PostAsync(ReadModelRebuildApi.RoutePrefix, content: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nurse.GetAsync(ReadModelRebuildApi.RoutePrefix)).StatusCode);
        foreach (var notAnInstant in new[] { "yesterday", "2026-01-01", "2026-01-01T00:00:00" })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync($"{ReadModelRebuildApi.RoutePrefix}?changedSince={notAnInstant}", content: null)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync($"{ReadModelRebuildApi.RoutePrefix}?changedSince=2026-01-01T00:00:00Z", content: null)).StatusCode);
        Assert.Equal(2, (await WaitForRebuildsAsync()).Length);
    }

    [Fact]
    public async Task Placements_streams_every_child_to_services_only_with_a_version_that_follows_every_change()
    {
        await ImportAsync();
        foreach (var role in new[] { Roles.Admin, Roles.CaseSystem, Roles.Health })
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => StreamAsync(new StreamCareHistoriesRequest(), TestTokens.GrpcAs(role)));
            Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        }

        var all = await StreamAsync(new StreamCareHistoriesRequest());

        Assert.Equal(["R100", "R200", "R300", "R400"], all.Select(s => s.Child.CaseReference).Order());
        var r100 = all.Single(s => s.Child.CaseReference == "R100");
        Assert.Equal((true, 1, 2), (r100.IsLookedAfter, r100.Child.PeriodsOfCare.Count, r100.Child.PeriodsOfCare[0].Episodes.Count));
        var careLeaver = all.Single(s => s.Child.CaseReference == "R300");
        Assert.Equal((false, "2025-01-09", "E4A"), (careLeaver.IsLookedAfter, careLeaver.Child.PeriodsOfCare[0].EndedOn, careLeaver.Child.PeriodsOfCare[0].ReasonCeased));
        Assert.Equal(all.Skip(1).Select(s => s.Child.ChildId), (await StreamAsync(new StreamCareHistoriesRequest { AfterChildId = all[0].Child.ChildId })).Select(s => s.Child.ChildId));

        var r200 = all.Single(s => s.Child.CaseReference == "R200");
        await Placements.RecordPlacementChangeAsync(new RecordPlacementChangeRequest
        {
            ClientRequestId = "rebuild-move", ChildId = r200.Child.ChildId, ChangedOn = Iso(Today), PlacementType = "K2", PlacementProvider = "PR4", ProviderUrn = "SC123456",
            PlacementPostcode = "S40 1AA", PlacementAuthorityCode = "E10000007", ReasonForChange = "CARPL",
        }, TestTokens.GrpcAs(Roles.CaseSystem));

        var changed = Assert.Single(await StreamAsync(new StreamCareHistoriesRequest { ChangedSince = all.Max(s => s.ChangedAt) }));
        Assert.Equal(r200.Child.ChildId, changed.Child.ChildId);
        Assert.Equal(2, changed.Child.PeriodsOfCare[0].Episodes.Count);
        Assert.True(changed.ChangedAt.ToDateTimeOffset() > r200.ChangedAt.ToDateTimeOffset());
        Assert.True(changed.ChangedAt.ToDateTimeOffset() >= await LatestEventOccurredAtAsync(r200.Child.ChildId),
            "the version is at or after the OccurredAt of the event the change published");
    }

    private async Task ImportAsync()
    {
        await using var scope = PlacementsService.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<CaseloadImport>()
            .ImportAsync(new StringReader(Header), new StringReader(Episodes), CancellationToken.None);
        Assert.True(report.Imported == 4, string.Join("; ", report.Rejections.Select(r => $"{r.Child} {r.Field}: {r.Rule}")));
    }

    private async Task<List<CareHistorySnapshot>> StreamAsync(StreamCareHistoriesRequest request, Metadata? headers = null)
    {
        using var call = Placements.StreamCareHistories(request, headers ?? Service);
        var snapshots = new List<CareHistorySnapshot>();
        await foreach (var snapshot in call.ResponseStream.ReadAllAsync())
        {
            snapshots.Add(snapshot);
        }
        return snapshots;
    }

    private async Task<Dictionary<string, string>> ChildrenAsync() =>
        (await StreamAsync(new StreamCareHistoriesRequest())).ToDictionary(s => s.Child.CaseReference, s => s.Child.ChildId);

    private async Task<HealthSummary> SummaryAsync(string childId) =>
        await Health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = childId }, Nurse);

    /// <summary>Each child's items as "kind:id", to compare before and after.</summary>
    private async Task<List<string>> ItemsAsync(IEnumerable<string> childIds)
    {
        var items = new List<string>();
        foreach (var childId in childIds.Order())
        {
            items.AddRange((await SummaryAsync(childId)).Assessments.Select(a => $"{childId}:{a.Kind}:{a.AssessmentId}"));
        }
        return items;
    }

    private async Task EnteredCareConsumedAsync(int count)
    {
        await PlacementsService.Outbox.DispatchPendingAsync();
        await Eventually.ReturnsAsync(async () =>
        {
            await using var scope = HealthService.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<HealthDbContext>().Set<InboxMessage>()
                .CountAsync(m => m.Consumer == "ChildEnteredCareConsumer");
        }, consumed => consumed == count, $"{count} ChildEnteredCare consumed by Health");
    }

    private async Task<DateTimeOffset> LatestEventOccurredAtAsync(string childId)
    {
        await using var connection = new NpgsqlConnection(PlacementsService.Services.GetRequiredService<IConfiguration>().GetConnectionString(ResourceNames.PlacementsDb));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT payload->>'occurredAt' FROM outbox_messages WHERE payload->>'childId' = @child", connection);
        command.Parameters.AddWithValue("child", childId);
        var occurred = new List<DateTimeOffset>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            occurred.Add(DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture));
        }
        return occurred.Max();
    }

    private static RecordEntryToCareRequest EntryToCare(string caseReference, string enteredCareOn) => new()
    {
        ClientRequestId = $"entry-{caseReference}", CaseReference = caseReference, GivenName = "Race", FamilyName = caseReference,
        DateOfBirth = "2015-06-01", Sex = "M", EnteredCareOn = enteredCareOn, LegalStatus = "C2", CategoryOfNeed = "N1",
        PlacementType = "U6", PlacementProvider = "PR1", ProviderUrn = "SC000001", PlacementAuthorityCode = "E06000015",
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
