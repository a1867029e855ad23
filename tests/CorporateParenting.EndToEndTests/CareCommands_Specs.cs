extern alias PlacementsApi;

using System.Net;
using System.Text.Json;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.Placements.V1;
using CorporateParenting.ReadModels;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Google.Protobuf;
using GetMeasuresHandler = PlacementsApi::Placements.Api.Queries.GetMeasuresHandler;
using PlacementsDbContext = PlacementsApi::Placements.Api.Infrastructure.PlacementsDbContext;

namespace CorporateParenting.EndToEndTests;

/// <summary>Changes to a looked-after child's care over gRPC: each keeps the SSDA903 timeline right and queues its event.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CareCommands_Specs(InfrastructureFixture fixture) : PlacementsAndHealthSpecs(fixture)
{
    private static readonly Metadata CaseSystem = TestTokens.GrpcAs(Roles.CaseSystem);

    private async Task<string> EnterCareAsync(string reference, string on = "2026-01-05", bool emergency = false)
    {
        var entered = await Placements.RecordEntryToCareAsync(new RecordEntryToCareRequest
        {
            ClientRequestId = $"enter-{reference}-{on}", CaseReference = reference, GivenName = "Kai", FamilyName = "Reid",
            DateOfBirth = "2014-09-09", Sex = "M", EnteredCareOn = on, LegalStatus = "C1", CategoryOfNeed = "N1",
            PlacementType = "U6", PlacementProvider = "PR1", ProviderUrn = "SC000001", PlacementAuthorityCode = "E06000015", Emergency = emergency,
        }, CaseSystem);
        return entered.ChildId;
    }

    private static RecordPlacementChangeRequest Move(string childId, string requestId, string on, string authority = "E10000007") => new()
    {
        ClientRequestId = requestId, ChildId = childId, ChangedOn = on, PlacementType = "K2", PlacementProvider = "PR4", ProviderUrn = "SC123456",
        PlacementPostcode = "s40 1aa", PlacementAuthorityCode = authority, ReasonForChange = "CARPL",
    };

    private async Task<IReadOnlyList<string>> QueuedEventsAsync()
    {
        await using var scope = PlacementsService.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlacementsDbContext>().Set<OutboxMessage>()
            .OrderBy(m => m.OccurredAt).Select(m => m.MessageType.Substring(m.MessageType.LastIndexOf('.') + 1)).ToListAsync();
    }

    /// <summary>Each queued entry to care and placement change about the child, in order, with its <c>IsEmergency</c>.</summary>
    private async Task<IReadOnlyList<(string Event, bool IsEmergency)>> EmergenciesAnnouncedAsync(string childId)
    {
        await using var scope = PlacementsService.Services.CreateAsyncScope();
        var messages = await scope.ServiceProvider.GetRequiredService<PlacementsDbContext>().Set<OutboxMessage>()
            .OrderBy(m => m.OccurredAt).Select(m => new { m.MessageType, m.Payload }).ToListAsync();
        return [.. messages
            .Select(m => (Event: m.MessageType[(m.MessageType.LastIndexOf('.') + 1)..], Payload: JsonSerializer.Deserialize<JsonElement>(m.Payload)))
            .Where(m => m.Event is nameof(ChildEnteredCare) or nameof(PlacementChanged) && m.Payload.GetProperty("childId").GetString() == childId)
            .Select(m => (m.Event, m.Payload.GetProperty("isEmergency").GetBoolean()))];
    }

    /// <summary>Whether each of the child's episodes was an emergency, as GetChild, the staff timeline and another service's read model say.</summary>
    private async Task<(bool[] Grpc, bool[] Timeline, bool[] ReadModel)> EmergenciesReadBackAsync(string childId)
    {
        var grpc = (await Placements.GetChildAsync(new GetChildRequest { ChildId = childId }, CaseSystem)).PeriodsOfCare.SelectMany(p => p.Episodes);
        var timeline = JsonDocument.Parse(await PlacementsService.CreateClient(TestTokens.For(Roles.Placements)).GetStringAsync($"/api/children/{childId}")).RootElement;
        var staff = timeline.GetProperty("periodsOfCare").EnumerateArray().SelectMany(p => p.GetProperty("episodes").EnumerateArray());
        var snapshot = await HealthService.Services.GetRequiredService<ICareHistorySource>().ReadAsync(null, null, CancellationToken.None)
            .SingleAsync(c => c.ChildId == Guid.Parse(childId));
        return ([.. grpc.Select(e => e.IsEmergency)], [.. staff.Select(e => e.GetProperty("isEmergency").GetBoolean())],
            [.. snapshot.PeriodsOfCare.SelectMany(p => p.Episodes).Select(e => e.IsEmergency)]);
    }

    [Fact]
    public async Task A_placement_change_closes_the_previous_episode_the_day_the_next_starts_and_announces_the_host_area()
    {
        var childId = await EnterCareAsync("MOVE-1");

        await Placements.RecordPlacementChangeAsync(Move(childId, "move-1", "2026-03-02"), CaseSystem);

        var child = await Placements.GetChildAsync(new GetChildRequest { ChildId = childId }, CaseSystem);
        var period = Assert.Single(child.PeriodsOfCare);
        Assert.Equal(2, period.Episodes.Count);
        Assert.Equal("2026-03-02", period.Episodes[0].EndsOn);
        Assert.Equal("CARPL", period.Episodes[0].ReasonForChange);
        Assert.Equal(("P", "2026-03-02", "K2", "S40 1AA", true), (period.Episodes[1].ReasonForNewEpisode, period.Episodes[1].StartsOn,
            period.Episodes[1].PlacementType, period.Episodes[1].PlacementPostcode, period.Episodes[1].IsOutOfArea));
        Assert.Equal(("K2", "E10000007", true), (period.PlacementType, period.PlacementAuthorityCode, period.IsOutOfArea));
        Assert.Equal(["ChildEnteredCare", "PlacementChanged"], await QueuedEventsAsync());
    }

    [Fact]
    public async Task An_emergency_entry_and_emergency_placement_change_are_announced_stored_and_read_back_as_emergencies()
    {
        var childId = await EnterCareAsync("EMERGENCY-1", emergency: true);
        var move = Move(childId, "move-emergency-1", "2026-03-02");
        move.Emergency = true;

        await Placements.RecordPlacementChangeAsync(move, CaseSystem);
        await Placements.RecordLegalStatusChangeAsync(
            new RecordLegalStatusChangeRequest { ClientRequestId = "ls-emergency-1", ChildId = childId, ChangedOn = "2026-04-01", LegalStatus = "C2" }, CaseSystem);

        Assert.Equal([(nameof(ChildEnteredCare), true), (nameof(PlacementChanged), true)], await EmergenciesAnnouncedAsync(childId));
        var (grpc, staff, readModel) = await EmergenciesReadBackAsync(childId);
        bool[] expected = [true, true, false]; // the legal status change (RNE L) made no placement
        Assert.Equal(expected, grpc);
        Assert.Equal(expected, staff);
        Assert.Equal(expected, readModel);
    }

    [Fact]
    public async Task A_placement_not_said_to_be_an_emergency_is_announced_and_read_back_as_planned()
    {
        var childId = await EnterCareAsync("PLANNED-1");

        await Placements.RecordPlacementChangeAsync(Move(childId, "move-planned-1", "2026-03-02"), CaseSystem);

        Assert.Equal([(nameof(ChildEnteredCare), false), (nameof(PlacementChanged), false)], await EmergenciesAnnouncedAsync(childId));
        var (grpc, staff, readModel) = await EmergenciesReadBackAsync(childId);
        bool[] expected = [false, false];
        Assert.Equal(expected, grpc);
        Assert.Equal(expected, staff);
        Assert.Equal(expected, readModel);
    }

    [Fact]
    public async Task A_placement_change_retried_with_another_emergency_flag_is_refused_as_other_content()
    {
        var childId = await EnterCareAsync("EMERGENCY-RETRY");
        var move = Move(childId, "move-emergency-retry", "2026-03-02");
        await Placements.RecordPlacementChangeAsync(move, CaseSystem);
        var flagged = move.Clone();
        flagged.Emergency = true;

        var refused = await Assert.ThrowsAsync<RpcException>(() => Placements.RecordPlacementChangeAsync(flagged, CaseSystem).ResponseAsync);
        var retry = await Placements.RecordPlacementChangeAsync(move, CaseSystem);

        Assert.Equal(StatusCode.AlreadyExists, refused.StatusCode);
        Assert.Contains("different content", refused.Status.Detail);
        Assert.Equal(childId, retry.ChildId);
        Assert.Equal([(nameof(ChildEnteredCare), false), (nameof(PlacementChanged), false)], await EmergenciesAnnouncedAsync(childId));
    }

    [Fact]
    public async Task A_legal_status_change_starts_an_episode_with_rne_L()
    {
        var childId = await EnterCareAsync("LS-1");

        await Placements.RecordLegalStatusChangeAsync(new RecordLegalStatusChangeRequest { ClientRequestId = "ls-1", ChildId = childId, ChangedOn = "2026-02-16", LegalStatus = "C2" }, CaseSystem);

        var episodes = (await Placements.GetChildAsync(new GetChildRequest { ChildId = childId }, CaseSystem)).PeriodsOfCare[0].Episodes;
        Assert.Equal(("L", "C2", "U6"), (episodes[1].ReasonForNewEpisode, episodes[1].LegalStatus, episodes[1].PlacementType));
        Assert.Equal(["ChildEnteredCare", "LegalStatusChanged"], await QueuedEventsAsync());
    }

    [Fact]
    public async Task Care_ends_with_its_reason_nothing_may_follow_and_a_return_starts_a_new_period()
    {
        var childId = await EnterCareAsync("END-1");

        await Placements.RecordCareEndedAsync(new RecordCareEndedRequest { ClientRequestId = "end-1", ChildId = childId, EndedOn = "2026-04-10", ReasonCeased = "E4A" }, CaseSystem);
        var afterEnd = await Assert.ThrowsAsync<RpcException>(() => Placements.RecordPlacementChangeAsync(Move(childId, "move-late", "2026-05-01"), CaseSystem).ResponseAsync);
        await EnterCareAsync("END-1", on: "2026-06-01");

        Assert.Equal(StatusCode.FailedPrecondition, afterEnd.StatusCode);
        var periods = (await Placements.GetChildAsync(new GetChildRequest { ChildId = childId }, CaseSystem)).PeriodsOfCare;
        Assert.Equal(2, periods.Count);
        Assert.Equal(("2026-04-10", "E4A"), (periods[0].EndedOn, periods[0].ReasonCeased));
        Assert.Equal("", periods[1].EndedOn);
        Assert.Equal(["ChildEnteredCare", "ChildLeftCare", "ChildEnteredCare"], await QueuedEventsAsync());
    }

    [Fact]
    public async Task A_retried_change_returns_the_first_result_and_changes_nothing()
    {
        var childId = await EnterCareAsync("RETRY-1");

        var first = await Placements.RecordPlacementChangeAsync(Move(childId, "move-r", "2026-03-02"), CaseSystem);
        var retry = await Placements.RecordPlacementChangeAsync(Move(childId, "move-r", "2026-03-02"), CaseSystem);

        Assert.Equal(first.PeriodOfCareId, retry.PeriodOfCareId);
        Assert.Equal(2, (await Placements.GetChildAsync(new GetChildRequest { ChildId = childId }, CaseSystem)).PeriodsOfCare[0].Episodes.Count);
        Assert.Equal(["ChildEnteredCare", "PlacementChanged"], await QueuedEventsAsync());
    }

    [Fact]
    public async Task A_change_dated_before_the_current_episode_is_refused_with_a_reason()
    {
        var childId = await EnterCareAsync("EARLY-1", on: "2026-03-02");

        var error = await Assert.ThrowsAsync<RpcException>(() => Placements.RecordPlacementChangeAsync(Move(childId, "move-early", "2026-02-01"), CaseSystem).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("2026-03-02", error.Status.Detail);
        Assert.Single((await Placements.GetChildAsync(new GetChildRequest { ChildId = childId }, CaseSystem)).PeriodsOfCare[0].Episodes);
    }

    [Fact]
    public async Task A_malformed_change_names_every_bad_field_and_an_unknown_child_is_not_found()
    {
        var bad = Move(Guid.NewGuid().ToString(), "move-bad", "02/03/2026");
        bad.PlacementType = "Z1";
        bad.PlacementProvider = "PR9";

        var invalid = await Assert.ThrowsAsync<RpcException>(() => Placements.RecordPlacementChangeAsync(bad, CaseSystem).ResponseAsync);
        var missing = await Assert.ThrowsAsync<RpcException>(() => Placements.RecordPlacementChangeAsync(Move(Guid.NewGuid().ToString(), "move-nobody", "2026-03-02"), CaseSystem).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        Assert.Equal(["changed_on", "placement_provider", "placement_type"], invalid.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Order());
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    private Task<CareCommandResponse> AllocateAsync(string childId, string worker, string on, string reason = "") =>
        Placements.AllocateSocialWorkerAsync(new AllocateSocialWorkerRequest
        {
            ClientRequestId = $"sw-{childId}-{worker}-{on}", ChildId = childId, SocialWorkerId = worker, SocialWorkerName = $"Worker {worker}", AllocatedOn = on,
            ReasonForChange = reason,
        }, CaseSystem).ResponseAsync;

    [Fact]
    public async Task Social_workers_follow_one_another_and_an_allocation_cannot_go_back_in_time()
    {
        var childId = await EnterCareAsync("SW-1");
        await AllocateAsync(childId, "W1", "2026-01-05");
        await AllocateAsync(childId, "W2", "2026-02-01", "LEFTRL");

        var backwards = await Assert.ThrowsAsync<RpcException>(() => AllocateAsync(childId, "W3", "2026-02-01", "MANAGE"));

        Assert.Equal(StatusCode.FailedPrecondition, backwards.StatusCode);
        Assert.Equal(["ChildEnteredCare", "SocialWorkerChanged", "SocialWorkerChanged"], await QueuedEventsAsync());
    }

    [Fact]
    public async Task A_change_of_social_worker_must_give_its_reason_from_the_return_list_and_a_first_allocation_is_first_contact()
    {
        var childId = await EnterCareAsync("SW-2");
        AllocateSocialWorkerRequest Allocation(string worker, string on, string reason) => new()
        {
            ClientRequestId = $"sw-{worker}-{reason}", ChildId = childId, SocialWorkerId = worker, SocialWorkerName = $"Worker {worker}", AllocatedOn = on,
            ReasonForChange = reason,
        };

        await Placements.AllocateSocialWorkerAsync(Allocation("W1", "2026-01-05", ""), CaseSystem);
        var noReason = await Assert.ThrowsAsync<RpcException>(() => Placements.AllocateSocialWorkerAsync(Allocation("W2", "2026-02-01", ""), CaseSystem).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => Placements.AllocateSocialWorkerAsync(Allocation("W2", "2026-02-01", "QUIT"), CaseSystem).ResponseAsync);
        await Placements.AllocateSocialWorkerAsync(Allocation("W2", "2026-02-01", "TSPROC"), CaseSystem);

        Assert.Equal(StatusCode.FailedPrecondition, noReason.StatusCode);
        Assert.Contains("SW01bSTG1", noReason.Status.Detail);
        Assert.Equal(StatusCode.InvalidArgument, unknown.StatusCode);
        Assert.Equal(["reason_for_change"], unknown.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
        Assert.Equal(["ChildEnteredCare", "SocialWorkerChanged", "SocialWorkerChanged"], await QueuedEventsAsync());
    }

    [Fact]
    public async Task The_board_gets_the_placement_measures_of_a_small_cohort_read_in_pages_of_any_size_and_no_individual_record()
    {
        var stays = await EnterCareAsync("M-STAYS");
        var moves = await EnterCareAsync("M-MOVES");
        var leaves = await EnterCareAsync("M-LEAVES");
        var longGone = await EnterCareAsync("M-LONG-GONE", on: "2024-01-08"); // left before the 12 months: read by no measure
        await Placements.RecordCareEndedAsync(new RecordCareEndedRequest { ClientRequestId = "m-gone", ChildId = longGone, EndedOn = "2025-06-30", ReasonCeased = "E4A" }, CaseSystem);
        await Placements.RecordPlacementChangeAsync(Move(moves, "m-move", "2026-03-02"), CaseSystem);
        await Placements.RecordCareEndedAsync(new RecordCareEndedRequest { ClientRequestId = "m-end", ChildId = leaves, EndedOn = "2026-04-10", ReasonCeased = "E4A" }, CaseSystem);
        foreach (var (worker, on) in new[] { ("W1", "2026-01-05"), ("W2", "2026-03-01"), ("W3", "2026-05-01") })
        {
            await AllocateAsync(stays, worker, on, worker == "W1" ? "" : "MANAGE");
        }
        var board = TestTokens.GrpcAs(Roles.Board);

        var measures = await Placements.GetMeasuresAsync(new GetMeasuresRequest { AsAt = "2026-06-30" }, board);

        Assert.Equal("2026-04-01", measures.PeriodStart);
        Assert.Equal(2, measures.LookedAfter);
        Assert.Equal((0, 1), (measures.Entries, measures.Exits));
        Assert.Equal(1, measures.ExitsByReason["E4A"]);
        Assert.Equal((1, 1), (measures.PlacementTypes["U6"], measures.PlacementTypes["K2"]));
        Assert.Equal((1, 2, 50), (measures.PlacedOutsideOurArea.Numerator, measures.PlacedOutsideOurArea.Denominator, measures.PlacedOutsideOurArea.Percent));
        Assert.Equal((1, 2), (measures.ThreeOrMoreSocialWorkers.Numerator, measures.ThreeOrMoreSocialWorkers.Denominator));
        Assert.Equal(0, measures.RatePer10000); // 2 of 58,000 children
        foreach (var pageSize in new[] { 1, 2, 3 })
        {
            await using var scope = PlacementsService.Services.CreateAsyncScope();
            var inPages = ActivatorUtilities.CreateInstance<GetMeasuresHandler>(scope.ServiceProvider, pageSize);
            var figures = await inPages.HandleAsync(new PlacementsApi::CorporateParenting.Placements.V1.GetMeasuresRequest { AsAt = "2026-06-30" }, CancellationToken.None);
            Assert.Equal(measures, Measures.Parser.ParseFrom(figures.ToByteArray()));
        }
        // The same figures at several dates from one read of the register, each as GetMeasures answers it alone.
        GetMeasuresRequest[] points = [new() { AsAt = "2026-06-30" }, new() { AsAt = "2026-03-31", PeriodStart = "2025-04-01" }, new() { AsAt = "2025-06-30" }];
        var series = new GetMeasuresSeriesRequest();
        series.Points.AddRange(points);
        var inOneRead = await Placements.GetMeasuresSeriesAsync(series, board);
        Assert.Equal(await Task.WhenAll(points.Select(p => Placements.GetMeasuresAsync(p, board).ResponseAsync)), inOneRead.Points);
        var none = await Assert.ThrowsAsync<RpcException>(() => Placements.GetMeasuresSeriesAsync(new GetMeasuresSeriesRequest(), board).ResponseAsync);
        var badPoint = new GetMeasuresSeriesRequest { Points = { new GetMeasuresRequest { AsAt = "2026-06-30" }, new GetMeasuresRequest { AsAt = "2026-02-30" } } };
        var bad = await Assert.ThrowsAsync<RpcException>(() => Placements.GetMeasuresSeriesAsync(badPoint, board).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, none.StatusCode);
        Assert.Equal(["points[1].as_at"], bad.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
        var individual = await Assert.ThrowsAsync<RpcException>(() => Placements.GetChildAsync(new GetChildRequest { ChildId = stays }, board).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, individual.StatusCode);
    }

    [Fact]
    public async Task The_register_lists_children_looked_after_on_a_date_over_grpc_and_rest()
    {
        var stays = await EnterCareAsync("R-STAYS");
        var moves = await EnterCareAsync("R-MOVES");
        var leaves = await EnterCareAsync("R-LEAVES");
        await Placements.RecordPlacementChangeAsync(Move(moves, "r-move", "2026-03-02"), CaseSystem);
        await Placements.RecordCareEndedAsync(new RecordCareEndedRequest { ClientRequestId = "r-end", ChildId = leaves, EndedOn = "2026-04-10", ReasonCeased = "E4A" }, CaseSystem);

        async Task<List<ChildSummary>> ListAsync(ListChildrenRequest request)
        {
            using var call = Placements.ListChildren(request, CaseSystem);
            var children = new List<ChildSummary>();
            await foreach (var child in call.ResponseStream.ReadAllAsync())
            {
                children.Add(child);
            }
            return children;
        }

        Assert.Equal(3, (await ListAsync(new ListChildrenRequest { LookedAfterOn = "2026-02-01" })).Count);
        Assert.Equal([moves], (await ListAsync(new ListChildrenRequest { LookedAfterOn = "2026-06-30", Area = "OUT_OF_AREA" })).Select(c => c.ChildId));
        Assert.Equal([stays], (await ListAsync(new ListChildrenRequest { LookedAfterOn = "2026-06-30", PlacementType = "U6" })).Select(c => c.ChildId));
        var badArea = await Assert.ThrowsAsync<RpcException>(() => ListAsync(new ListChildrenRequest { Area = "ABROAD" }));
        Assert.Equal(StatusCode.InvalidArgument, badArea.StatusCode);

        var staff = PlacementsService.CreateClient(TestTokens.For(Roles.VirtualSchool));
        var outOfArea = JsonDocument.Parse(await staff.GetStringAsync("/api/children?lookedAfterOn=2026-06-30&outOfArea=true")).RootElement;
        Assert.Equal(1, outOfArea.GetProperty("total").GetInt32());
        var timeline = JsonDocument.Parse(await staff.GetStringAsync($"/api/children/{moves}")).RootElement;
        Assert.Equal(2, timeline.GetProperty("periodsOfCare")[0].GetProperty("episodes").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/api/children?lookedAfterOn=30/06/2026")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/children/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PlacementsService.CreateClient(TestTokens.For(Roles.Board)).GetAsync("/api/children")).StatusCode);
    }

    [Fact]
    public async Task Identifiers_are_checked_and_kept_with_the_child()
    {
        RecordEntryToCareRequest Entry(string reference, string upn, string nhs, string ethnicity, string postcode) => new()
        {
            ClientRequestId = $"id-{reference}", CaseReference = reference, GivenName = "Noor", FamilyName = "Ali", DateOfBirth = "2009-02-28",
            Sex = "F", EnteredCareOn = "2026-01-05", LegalStatus = "V2", CategoryOfNeed = "N8", PlacementType = "U6", PlacementProvider = "PR1", ProviderUrn = "SC000001",
            PlacementAuthorityCode = "E06000015", Upn = upn, NhsNumber = nhs, Ethnicity = ethnicity, HomePostcode = postcode, UascSince = "2025-12-20",
        };

        var bad = await Assert.ThrowsAsync<RpcException>(() =>
            Placements.RecordEntryToCareAsync(Entry("ID-BAD", "A831200001001", "9434765918", "XXXX", "ZZ"), CaseSystem).ResponseAsync);
        var recorded = await Placements.RecordEntryToCareAsync(Entry("ID-OK", "T831200001001", "943 476 5919", "nobt", "de1 2aa"), CaseSystem);

        Assert.Equal(["ethnicity", "home_postcode", "nhs_number", "upn"], bad.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Order());
        var child = await Placements.GetChildAsync(new GetChildRequest { ChildId = recorded.ChildId }, CaseSystem);
        Assert.Equal(("T831200001001", "9434765919", "NOBT", "DE1 2AA", "2025-12-20"), (child.Upn, child.NhsNumber, child.Ethnicity, child.HomePostcode, child.UascSince));
    }

    [Fact]
    public async Task A_girl_entering_care_may_be_recorded_as_a_mother_and_reads_back_so_and_bad_values_are_refused()
    {
        RecordEntryToCareRequest Entry(string reference, string sex, string mother, string firstChildBornOn) => new()
        {
            ClientRequestId = $"mother-{reference}", CaseReference = reference, GivenName = "Leah", FamilyName = "Stone", DateOfBirth = "2010-02-28",
            Sex = sex, EnteredCareOn = "2026-01-05", LegalStatus = "C2", CategoryOfNeed = "N1", PlacementType = "U1", PlacementProvider = "PR1", ProviderUrn = "SC000001",
            PlacementAuthorityCode = "E06000015", Mother = mother, FirstChildBornOn = firstChildBornOn,
        };
        async Task<RpcException> RefusedAsync(RecordEntryToCareRequest request) =>
            await Assert.ThrowsAsync<RpcException>(() => Placements.RecordEntryToCareAsync(request, CaseSystem).ResponseAsync);

        var mother = await Placements.RecordEntryToCareAsync(Entry("MOTHER-1", "F", "1", "2025-11-03"), CaseSystem);
        var notRecorded = await Placements.RecordEntryToCareAsync(Entry("MOTHER-2", "F", "", ""), CaseSystem);
        var malformed = await RefusedAsync(Entry("MOTHER-3", "F", "Y", "03/11/2025"));
        var boy = await RefusedAsync(Entry("MOTHER-4", "M", "0", ""));
        var withoutChild = await RefusedAsync(Entry("MOTHER-5", "F", "1", ""));
        var tooYoung = await RefusedAsync(Entry("MOTHER-6", "F", "1", "2021-02-27"));

        Assert.Equal(["first_child_born_on", "mother"], malformed.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Order());
        Assert.All([boy, withoutChild, tooYoung], e => Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode));
        Assert.Contains("rule 165", boy.Status.Detail);
        Assert.Contains("rule 611", withoutChild.Status.Detail);
        Assert.Contains("before her 11th birthday, 2021-02-28 (rule 620)", tooYoung.Status.Detail);
        var child = await Placements.GetChildAsync(new GetChildRequest { ChildId = mother.ChildId }, CaseSystem);
        Assert.Equal(("1", "2025-11-03"), (child.Mother, child.FirstChildBornOn));
        var unknown = await Placements.GetChildAsync(new GetChildRequest { ChildId = notRecorded.ChildId }, CaseSystem);
        Assert.Equal(("", ""), (unknown.Mother, unknown.FirstChildBornOn));
        var timeline = JsonDocument.Parse(await PlacementsService.CreateClient(TestTokens.For(Roles.Placements)).GetStringAsync($"/api/children/{mother.ChildId}")).RootElement;
        Assert.Equal(("1", "2025-11-03"), (timeline.GetProperty("mother").GetString(), timeline.GetProperty("firstChildBornOn").GetString()));
    }

    [Fact]
    public async Task A_correction_replaces_what_was_wrong_keeps_the_history_and_refuses_what_the_rules_forbid()
    {
        var childId = await EnterCareAsync("FIX-1");
        CorrectRecordRequest Fix(string id, string reason) => new() { ClientRequestId = id, ChildId = childId, Reason = reason };

        var placement = Fix("fix-1", "Recorded as U6 in error; the carer is a relative.");
        placement.CurrentEpisode = new EpisodeCorrection { PlacementType = "U3" };
        await Placements.CorrectRecordAsync(placement, CaseSystem);
        var tooOld = Fix("fix-2", "Date of birth typed wrongly.");
        tooOld.ChildDetails = new ChildDetailsCorrection { DateOfBirth = "2006-01-01" };
        var unchanged = Fix("fix-3", "Nothing really.");
        unchanged.ChildDetails = new ChildDetailsCorrection { GivenName = "Kai" };

        var refusedAge = await Assert.ThrowsAsync<RpcException>(() => Placements.CorrectRecordAsync(tooOld, CaseSystem).ResponseAsync);
        var refusedNothing = await Assert.ThrowsAsync<RpcException>(() => Placements.CorrectRecordAsync(unchanged, CaseSystem).ResponseAsync);
        var noReason = await Assert.ThrowsAsync<RpcException>(() => Placements.CorrectRecordAsync(Fix("fix-4", ""), CaseSystem).ResponseAsync);

        Assert.Equal((StatusCode.FailedPrecondition, StatusCode.FailedPrecondition, StatusCode.InvalidArgument), (refusedAge.StatusCode, refusedNothing.StatusCode, noReason.StatusCode));
        var child = await Placements.GetChildAsync(new GetChildRequest { ChildId = childId }, CaseSystem);
        Assert.Equal(("U3", "2014-09-09"), (child.PeriodsOfCare[0].Episodes[0].PlacementType, child.DateOfBirth));
        Assert.Equal(["ChildEnteredCare", "RecordCorrected"], await QueuedEventsAsync());
        var timeline = JsonDocument.Parse(await PlacementsService.CreateClient(TestTokens.For(Roles.Placements)).GetStringAsync($"/api/children/{childId}")).RootElement;
        var correction = Assert.Single(timeline.GetProperty("corrections").EnumerateArray());
        Assert.Equal(("episode.placement_type", "U6", "U3"), (correction.GetProperty("field").GetString(), correction.GetProperty("correctedFrom").GetString(), correction.GetProperty("correctedTo").GetString()));
    }
}
