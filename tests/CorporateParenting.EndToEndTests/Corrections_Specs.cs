extern alias PlacementsApi;

using System.Text.Json;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlacementsDbContext = PlacementsApi::Placements.Api.Infrastructure.PlacementsDbContext;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// Corrections of the past over gRPC: a past episode's codes, an episode's start, a closed period's end and the UASC
/// dates. Each keeps the old value in the child's history and announces RecordCorrected; a correction that breaks a
/// rule changes nothing.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class Corrections_Specs(InfrastructureFixture fixture) : PlacementsAndHealthSpecs(fixture)
{
    private static readonly Metadata CaseSystem = TestTokens.GrpcAs(Roles.CaseSystem);

    private async Task<string> EnterCareAsync(string reference, string on, string uascSince = "")
    {
        var entered = await Placements.RecordEntryToCareAsync(new RecordEntryToCareRequest
        {
            ClientRequestId = $"enter-{reference}-{on}", CaseReference = reference, GivenName = "Amir", FamilyName = "Haddad",
            DateOfBirth = "2009-02-28", Sex = "M", EnteredCareOn = on, LegalStatus = "C1", CategoryOfNeed = "N1",
            PlacementType = "U6", PlacementProvider = "PR1", ProviderUrn = "SC000001", PlacementAuthorityCode = "E06000015", UascSince = uascSince,
        }, CaseSystem);
        return entered.ChildId;
    }

    private Task<CareCommandResponse> MoveAsync(string childId, string on) =>
        Placements.RecordPlacementChangeAsync(new RecordPlacementChangeRequest
        {
            ClientRequestId = $"move-{childId}-{on}", ChildId = childId, ChangedOn = on, PlacementType = "K2", PlacementProvider = "PR4", ProviderUrn = "SC123456",
            PlacementPostcode = "S40 1AA", PlacementAuthorityCode = "E10000007", ReasonForChange = "CARPL",
        }, CaseSystem).ResponseAsync;

    private Task<CareCommandResponse> EndCareAsync(string childId, string on) =>
        Placements.RecordCareEndedAsync(new RecordCareEndedRequest { ClientRequestId = $"end-{childId}-{on}", ChildId = childId, EndedOn = on, ReasonCeased = "E4A" }, CaseSystem).ResponseAsync;

    private static CorrectRecordRequest Fix(string childId, string requestId, EpisodeCorrection? episode = null, PeriodCorrection? period = null) => new()
    {
        ClientRequestId = requestId, ChildId = childId, Reason = "Checked against the court order and the placement plan.", CurrentEpisode = episode, Period = period,
    };

    private Task<CareCommandResponse> CorrectAsync(CorrectRecordRequest request) => Placements.CorrectRecordAsync(request, CaseSystem).ResponseAsync;

    private Task<ChildRecord> ChildAsync(string childId) => Placements.GetChildAsync(new GetChildRequest { ChildId = childId }, CaseSystem).ResponseAsync;

    private async Task<IReadOnlyList<string>> QueuedEventsAsync()
    {
        await using var scope = PlacementsService.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlacementsDbContext>().Set<OutboxMessage>()
            .OrderBy(m => m.OccurredAt).Select(m => m.MessageType.Substring(m.MessageType.LastIndexOf('.') + 1)).ToListAsync();
    }

    private async Task<IReadOnlyList<(string Field, string? From, string? To, DateOnly? EpisodeStartsOn)>> CorrectionsAnnouncedAsync()
    {
        await using var scope = PlacementsService.Services.CreateAsyncScope();
        var payloads = await scope.ServiceProvider.GetRequiredService<PlacementsDbContext>().Set<OutboxMessage>()
            .Where(m => m.MessageType.EndsWith(".RecordCorrected")).Select(m => m.Payload).ToListAsync();
        return [.. payloads.Select(p => JsonSerializer.Deserialize<RecordCorrected>(p, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .Select(e => (e.Field, e.CorrectedFrom, e.CorrectedTo, e.EpisodeStartsOn)).Order()];
    }

    [Fact]
    public async Task A_past_episode_named_by_its_start_is_corrected_and_its_legal_status_carries_into_the_move_that_kept_it()
    {
        var childId = await EnterCareAsync("PAST-1", "2026-01-05");
        await MoveAsync(childId, "2026-03-02");
        await Placements.RecordLegalStatusChangeAsync(new RecordLegalStatusChangeRequest { ClientRequestId = "ls-past-1", ChildId = childId, ChangedOn = "2026-04-01", LegalStatus = "C2" }, CaseSystem);

        var response = await CorrectAsync(Fix(childId, "fix-past-1", new EpisodeCorrection { EpisodeStartsOn = "2026-01-05", LegalStatus = "V2", CategoryOfNeed = "N4" }));
        await Placements.AllocateSocialWorkerAsync(new AllocateSocialWorkerRequest // replays the corrected history: the period keeps one CIN (rule 504)
        {
            ClientRequestId = "sw-past-1", ChildId = childId, SocialWorkerId = "SW1", SocialWorkerName = "Sam Patel", AllocatedOn = "2026-05-04",
        }, CaseSystem);

        var period = Assert.Single((await ChildAsync(childId)).PeriodsOfCare);
        Assert.Equal(period.PeriodOfCareId, response.PeriodOfCareId);
        Assert.Equal([("V2", "N4"), ("V2", "N4"), ("C2", "N4")], period.Episodes.Select(e => (e.LegalStatus, e.CategoryOfNeed)));
        Assert.Equal(["ChildEnteredCare", "PlacementChanged", "LegalStatusChanged", "RecordCorrected", "RecordCorrected", "RecordCorrected", "RecordCorrected", "RecordCorrected", "SocialWorkerChanged"],
            await QueuedEventsAsync());
        Assert.Equal([
            ("episode.category_of_need", "N1", "N4", new DateOnly(2026, 1, 5)),
            ("episode.category_of_need", "N1", "N4", new DateOnly(2026, 3, 2)),
            ("episode.category_of_need", "N1", "N4", new DateOnly(2026, 4, 1)),
            ("episode.legal_status", "C1", "V2", new DateOnly(2026, 1, 5)),
            ("episode.legal_status", "C1", "V2", new DateOnly(2026, 3, 2))], await CorrectionsAnnouncedAsync());
    }

    [Fact]
    public async Task Dates_are_corrected_the_episode_before_ends_the_day_the_corrected_one_starts_and_the_child_can_return_later()
    {
        var childId = await EnterCareAsync("DATES-1", "2026-01-05");
        await MoveAsync(childId, "2026-03-02");
        await EndCareAsync(childId, "2026-04-10");

        await CorrectAsync(Fix(childId, "fix-dates-1",
            new EpisodeCorrection { EpisodeStartsOn = "2026-03-02", CorrectedStartsOn = "2026-02-23" },
            new PeriodCorrection { PeriodStartedOn = "2026-01-05", CorrectedEndedOn = "2026-04-08", CorrectedReasonCeased = "E4B" }));
        await CorrectAsync(Fix(childId, "fix-dates-2", new EpisodeCorrection { EpisodeStartsOn = "2026-01-05", CorrectedStartsOn = "2026-01-02" }));
        await EnterCareAsync("DATES-1", "2026-06-01");

        var periods = (await ChildAsync(childId)).PeriodsOfCare;
        Assert.Equal([("2026-01-02", "2026-04-08", "E4B"), ("2026-06-01", "", "")], periods.Select(p => (p.StartedOn, p.EndedOn, p.ReasonCeased)));
        Assert.Equal([("2026-01-02", "2026-02-23"), ("2026-02-23", "2026-04-08")], periods[0].Episodes.Select(e => (e.StartsOn, e.EndsOn)));
        Assert.Equal([
            ("episode.starts_on", "2026-01-05", "2026-01-02", new DateOnly(2026, 1, 2)),
            ("episode.starts_on", "2026-03-02", "2026-02-23", new DateOnly(2026, 2, 23)),
            ("period.ended_on", "2026-04-10", "2026-04-08", null),
            ("period.reason_ceased", "E4A", "E4B", null),
            ("period.started_on", "2026-01-05", "2026-01-02", null)], await CorrectionsAnnouncedAsync());
    }

    [Fact]
    public async Task An_episode_of_an_earlier_period_is_corrected_and_the_response_names_that_period()
    {
        var childId = await EnterCareAsync("EARLIER-1", "2025-01-06");
        var ended = await EndCareAsync(childId, "2025-06-30");
        await EnterCareAsync("EARLIER-1", "2026-01-05");

        var response = await CorrectAsync(Fix(childId, "fix-earlier-1", new EpisodeCorrection { EpisodeStartsOn = "2025-01-06", PlacementType = "U4" }));

        Assert.Equal(ended.PeriodOfCareId, response.PeriodOfCareId);
        var periods = (await ChildAsync(childId)).PeriodsOfCare;
        Assert.Equal(("U4", "U6"), (periods[0].Episodes[0].PlacementType, periods[1].Episodes[0].PlacementType));
        var timeline = JsonDocument.Parse(await PlacementsService.CreateClient(TestTokens.For(Roles.Placements)).GetStringAsync($"/api/children/{childId}")).RootElement;
        var correction = Assert.Single(timeline.GetProperty("corrections").EnumerateArray());
        Assert.Equal(("episode.placement_type", "2025-01-06", ended.PeriodOfCareId),
            (correction.GetProperty("field").GetString(), correction.GetProperty("episodeStartsOn").GetString(), correction.GetProperty("periodOfCareId").GetString()));
    }

    [Fact]
    public async Task A_retried_correction_returns_the_first_result_though_the_episode_it_named_has_moved_and_announces_once()
    {
        var childId = await EnterCareAsync("RETRY-FIX-1", "2026-01-05");
        await MoveAsync(childId, "2026-03-02");
        var request = Fix(childId, "fix-retry-1", new EpisodeCorrection { EpisodeStartsOn = "2026-03-02", CorrectedStartsOn = "2026-02-23" });

        var first = await CorrectAsync(request);
        var retry = await CorrectAsync(request);

        Assert.Equal((first.ChildId, first.PeriodOfCareId), (retry.ChildId, retry.PeriodOfCareId));
        Assert.Equal("2026-02-23", (await ChildAsync(childId)).PeriodsOfCare[0].Episodes[1].StartsOn);
        Assert.Equal(["ChildEnteredCare", "PlacementChanged", "RecordCorrected"], await QueuedEventsAsync());
    }

    [Fact]
    public async Task A_correction_that_breaks_a_rule_is_refused_with_a_reason_and_changes_nothing()
    {
        var childId = await EnterCareAsync("REFUSED-1", "2026-01-05");
        await MoveAsync(childId, "2026-03-02");
        var before = await ChildAsync(childId);

        async Task<RpcException> RefusedAsync(string id, EpisodeCorrection? episode = null, PeriodCorrection? period = null) =>
            await Assert.ThrowsAsync<RpcException>(() => CorrectAsync(Fix(childId, id, episode, period)));

        var sameDay = await RefusedAsync("fix-refused-1", new EpisodeCorrection { EpisodeStartsOn = "2026-03-02", CorrectedStartsOn = "2026-01-05" });
        var samePlacement = await RefusedAsync("fix-refused-2", new EpisodeCorrection
        {
            EpisodeStartsOn = "2026-01-05", PlacementType = "K2", PlacementProvider = "PR4", ProviderUrn = "SC123456", PlacementPostcode = "S40 1AA", PlacementAuthorityCode = "E10000007",
        });
        var openPeriod = await RefusedAsync("fix-refused-3", period: new PeriodCorrection { PeriodStartedOn = "2026-01-05", CorrectedEndedOn = "2026-02-01" });
        var noSuchEpisode = await RefusedAsync("fix-refused-4", new EpisodeCorrection { EpisodeStartsOn = "2026-02-01", CategoryOfNeed = "N2" });

        Assert.All([sameDay, samePlacement, openPeriod, noSuchEpisode], e => Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode));
        Assert.Contains("every episode lasts at least a day", sameDay.Status.Detail);
        Assert.Contains("rules 431–436", samePlacement.Status.Detail);
        Assert.Contains("has not ended", openPeriod.Status.Detail);
        Assert.Contains("2026-01-05, 2026-03-02", noSuchEpisode.Status.Detail);
        Assert.Equal(before, await ChildAsync(childId));
        Assert.Equal(["ChildEnteredCare", "PlacementChanged"], await QueuedEventsAsync());
    }

    [Fact]
    public async Task A_malformed_correction_names_every_bad_field()
    {
        var request = Fix(Guid.NewGuid().ToString(), "fix-bad-1",
            new EpisodeCorrection { EpisodeStartsOn = "05/01/2026", CorrectedStartsOn = "soon", ReasonForChange = "WHIM" },
            new PeriodCorrection { CorrectedEndedOn = "2026-02-30", CorrectedReasonCeased = "E99" });
        request.ChildDetails = new ChildDetailsCorrection { DateOfBirth = "2009-02-28", UascSince = "2026-01-10", UascCeasedOn = "2026-01-09" };
        var named = Fix(Guid.NewGuid().ToString(), "fix-bad-2", new EpisodeCorrection { EpisodeStartsOn = "2026-01-05" });
        named.ChildDetails = new ChildDetailsCorrection { DateOfBirth = "2009-02-28", UascSince = "2009-02-27", UascCeasedOn = "2027-03-01" };

        var invalid = await Assert.ThrowsAsync<RpcException>(() => CorrectAsync(request));
        var nothingNamed = await Assert.ThrowsAsync<RpcException>(() => CorrectAsync(named));

        Assert.Equal((StatusCode.InvalidArgument, StatusCode.InvalidArgument), (invalid.StatusCode, nothingNamed.StatusCode));
        Assert.Equal([
            "child_details.uasc_ceased_on", "current_episode.corrected_starts_on", "current_episode.episode_starts_on", "current_episode.reason_for_change",
            "period.corrected_ended_on", "period.corrected_reason_ceased", "period.period_started_on"],
            invalid.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Order());
        Assert.Equal(["child_details.uasc_ceased_on", "child_details.uasc_since", "current_episode"],
            nothingNamed.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Order());
    }

    [Fact]
    public async Task Uasc_dates_are_corrected_with_their_history_and_checked_against_what_is_stored()
    {
        var uasc = await EnterCareAsync("UASC-1", "2026-01-05", uascSince: "2025-12-20");
        var notUasc = await EnterCareAsync("UASC-2", "2026-01-05");
        CorrectRecordRequest Uasc(string childId, string id, string since = "", string ceased = "", string dateOfBirth = "")
        {
            var request = Fix(childId, id);
            request.ChildDetails = new ChildDetailsCorrection { UascSince = since, UascCeasedOn = ceased, DateOfBirth = dateOfBirth };
            return request;
        }

        await CorrectAsync(Uasc(uasc, "uasc-1", ceased: "2026-06-30"));
        var withoutSince = await Assert.ThrowsAsync<RpcException>(() => CorrectAsync(Uasc(notUasc, "uasc-2", ceased: "2026-06-30")));
        var afterEighteen = await Assert.ThrowsAsync<RpcException>(() => CorrectAsync(Uasc(uasc, "uasc-3", dateOfBirth: "2008-06-29")));
        var beforeSince = await Assert.ThrowsAsync<RpcException>(() => CorrectAsync(Uasc(uasc, "uasc-4", since: "2026-07-01")));

        Assert.All([withoutSince, afterEighteen, beforeSince], e => Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode));
        Assert.Contains("rule 205C", withoutSince.Status.Detail);
        Assert.Contains("rule 304", afterEighteen.Status.Detail);
        Assert.Contains("before it began on 2026-07-01", beforeSince.Status.Detail);
        var child = await ChildAsync(uasc);
        Assert.Equal(("2025-12-20", "2026-06-30", "2009-02-28"), (child.UascSince, child.UascCeasedOn, child.DateOfBirth));
        Assert.Equal("", (await ChildAsync(notUasc)).UascCeasedOn);
        Assert.Equal([("uasc_ceased_on", null, "2026-06-30", null)], await CorrectionsAnnouncedAsync());
        var timeline = JsonDocument.Parse(await PlacementsService.CreateClient(TestTokens.For(Roles.Placements)).GetStringAsync($"/api/children/{uasc}")).RootElement;
        Assert.Equal("2026-06-30", timeline.GetProperty("uascCeasedOn").GetString());
    }

    [Fact]
    public async Task Mother_and_her_first_childs_date_of_birth_are_corrected_with_their_history_and_checked_against_the_child()
    {
        var entered = await Placements.RecordEntryToCareAsync(new RecordEntryToCareRequest
        {
            ClientRequestId = "enter-MOTHER-FIX", CaseReference = "MOTHER-FIX", GivenName = "Leah", FamilyName = "Stone", DateOfBirth = "2010-02-28",
            Sex = "F", EnteredCareOn = "2026-01-05", LegalStatus = "C2", CategoryOfNeed = "N1", PlacementType = "U1", PlacementProvider = "PR1", ProviderUrn = "SC000001",
            PlacementAuthorityCode = "E06000015", Mother = "0",
        }, CaseSystem);
        CorrectRecordRequest Motherhood(string id, string mother = "", string firstChildBornOn = "", string sex = "", bool clear = false)
        {
            var request = Fix(entered.ChildId, id);
            request.ChildDetails = new ChildDetailsCorrection { Mother = mother, FirstChildBornOn = firstChildBornOn, Sex = sex, ClearMotherhood = clear };
            return request;
        }

        await CorrectAsync(Motherhood("mother-1", mother: "1", firstChildBornOn: "2025-11-03"));
        var afterMother = await ChildAsync(entered.ChildId);
        var dateOnly = await Assert.ThrowsAsync<RpcException>(() => CorrectAsync(Motherhood("mother-2", mother: "0", firstChildBornOn: "2025-11-04")));
        var boy = await Assert.ThrowsAsync<RpcException>(() => CorrectAsync(Motherhood("mother-3", sex: "M")));
        var both = await Assert.ThrowsAsync<RpcException>(() => CorrectAsync(Motherhood("mother-4", mother: "1", clear: true)));
        await CorrectAsync(Motherhood("mother-5", mother: "0"));
        var afterNotMother = await ChildAsync(entered.ChildId);
        await CorrectAsync(Motherhood("mother-6", sex: "M", clear: true));

        Assert.Equal(("1", "2025-11-03"), (afterMother.Mother, afterMother.FirstChildBornOn));
        Assert.Equal((StatusCode.FailedPrecondition, StatusCode.FailedPrecondition, StatusCode.InvalidArgument), (dateOnly.StatusCode, boy.StatusCode, both.StatusCode));
        Assert.Contains("rule 612", dateOnly.Status.Detail);
        Assert.Contains("rule 174", boy.Status.Detail);
        Assert.Equal(["child_details.clear_motherhood"], both.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
        Assert.Equal(("0", ""), (afterNotMother.Mother, afterNotMother.FirstChildBornOn));
        var child = await ChildAsync(entered.ChildId);
        Assert.Equal(("M", "", ""), (child.Sex, child.Mother, child.FirstChildBornOn));
        Assert.Equal([
            ("first_child_born_on", null, "2025-11-03", null), ("first_child_born_on", "2025-11-03", null, null), ("mother", "0", null, null),
            ("mother", "0", "1", null), ("mother", "1", "0", null), ("sex", "F", "M", null)], await CorrectionsAnnouncedAsync());
    }
}
