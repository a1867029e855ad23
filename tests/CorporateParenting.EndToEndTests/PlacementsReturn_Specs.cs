extern alias PlacementsApi;

using CorporateParenting.Placements.V1;
using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using CaseloadImport = PlacementsApi::Placements.Api.Import.CaseloadImport;
using Api = PlacementsApi::CorporateParenting.Placements.V1;
using StreamReturnHandler = PlacementsApi::Placements.Api.Queries.StreamReturnHandler;

namespace CorporateParenting.EndToEndTests;

/// <summary>The SSDA903 tables Placements owns, for a collection year: which children and episodes, cut at 31 March, checked.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PlacementsReturn_Specs(InfrastructureFixture fixture) : PlacementsAndHealthSpecs(fixture)
{
    private static readonly Metadata CaseSystem = TestTokens.GrpcAs(Roles.CaseSystem);
    private static readonly Metadata Performance = TestTokens.GrpcAs(Roles.Performance);

    private async Task<string> EnterAsync(string reference, string on, string dateOfBirth = "2014-09-09", string? upn = "T831200001001", string? home = "DE1 2AA", string mother = "0")
    {
        var entered = await Placements.RecordEntryToCareAsync(new RecordEntryToCareRequest
        {
            ClientRequestId = $"enter-{reference}-{on}", CaseReference = reference, GivenName = "Kai", FamilyName = "Reid",
            DateOfBirth = dateOfBirth, Sex = "F", EnteredCareOn = on, LegalStatus = "C1", CategoryOfNeed = "N1",
            PlacementType = "U6", PlacementProvider = "PR1", ProviderUrn = "SC000001", PlacementPostcode = "DE22 3BB",
            PlacementAuthorityCode = "E06000015", Upn = upn ?? string.Empty, HomePostcode = home ?? string.Empty, Ethnicity = "WBRI",
            Mother = mother,
        }, CaseSystem);
        return entered.ChildId;
    }

    private Task MoveAsync(string childId, string on) => Placements.RecordPlacementChangeAsync(new RecordPlacementChangeRequest
    {
        ClientRequestId = $"move-{childId}-{on}", ChildId = childId, ChangedOn = on, PlacementType = "K2", PlacementProvider = "PR4",
        ProviderUrn = "SC123456", PlacementPostcode = "S40 1AA", PlacementAuthorityCode = "E10000007", ReasonForChange = "CARPL",
    }, CaseSystem).ResponseAsync;

    private Task EndAsync(string childId, string on) => Placements.RecordCareEndedAsync(new RecordCareEndedRequest
    {
        ClientRequestId = $"end-{childId}-{on}", ChildId = childId, EndedOn = on, ReasonCeased = "E4A",
    }, CaseSystem).ResponseAsync;

    private async Task<List<ReturnChild>> ReturnAsync(int yearEnding, Metadata? caller = null, params string[] also)
    {
        var request = new StreamReturnRequest { YearEnding = yearEnding };
        request.AlsoChildIds.AddRange(also);
        using var call = Placements.StreamReturn(request, caller ?? Performance);
        var children = new List<ReturnChild>();
        await foreach (var child in call.ResponseStream.ReadAllAsync())
        {
            children.Add(child);
        }
        return children;
    }

    [Fact]
    public async Task The_year_holds_every_episode_open_in_it_and_one_open_on_31_march_is_written_open()
    {
        var movedOnFirstDay = await EnterAsync("R-A", "2024-06-01");
        await MoveAsync(movedOnFirstDay, "2025-04-01");
        var inAndOut = await EnterAsync("R-B", "2025-05-10", dateOfBirth: "2016-02-29");
        await EndAsync(inAndOut, "2025-09-01");
        var leftTheDayBefore = await EnterAsync("R-C", "2024-06-01");
        await EndAsync(leftTheDayBefore, "2025-03-31");
        await EnterAsync("R-D", "2026-03-31");
        await EnterAsync("R-E", "2026-04-01");
        var movedAfterYearEnd = await EnterAsync("R-F", "2025-01-01");
        await MoveAsync(movedAfterYearEnd, "2026-04-10");

        var year = await ReturnAsync(2026);

        Assert.Equal(["R-A", "R-B", "R-D", "R-F"], year.Select(c => c.Header.Child).Order());
        var a = year.Single(c => c.Header.Child == "R-A");
        Assert.Equal(
            [("2024-06-01", "S", "U6", "2025-04-01", "X1", "CARPL"), ("2025-04-01", "P", "K2", "", "", "")],
            a.Episodes.Select(e => (e.Decom, e.Rne, e.Place, e.Dec, e.Rec, e.ReasonPlaceChange)));
        Assert.Equal(("DE1 2AA", "S40 1AA", "SC123456", "E10000007", "PR4"), (a.Episodes[1].HomePost, a.Episodes[1].PlPost, a.Episodes[1].Urn, a.Episodes[1].PlLa, a.Episodes[1].PlaceProvider));
        Assert.Equal(("F", "2014-09-09", "WBRI", "T831200001001", "0", ""), (a.Header.Sex, a.Header.Dob, a.Header.Ethnic, a.Header.Upn, a.Header.Mother, a.Header.McDob));
        var b = year.Single(c => c.Header.Child == "R-B");
        Assert.Equal([("2025-05-10", "2025-09-01", "E4A")], b.Episodes.Select(e => (e.Decom, e.Dec, e.Rec)));
        Assert.Equal("2016-02-29", b.Header.Dob);
        var f = year.Single(c => c.Header.Child == "R-F");
        Assert.Equal([("2025-01-01", "U6", "", "", "")], f.Episodes.Select(e => (e.Decom, e.Place, e.Dec, e.Rec, e.ReasonPlaceChange)));
        Assert.All(year, child => Assert.Empty(child.Findings));

        var withCareLeaver = await ReturnAsync(2026, Performance, leftTheDayBefore);
        var careLeaver = withCareLeaver.Single(c => c.Header.Child == "R-C");
        Assert.Empty(careLeaver.Episodes);
        Assert.Equal(5, withCareLeaver.Count);
    }

    [Fact]
    public async Task Pages_of_any_size_give_the_same_children_in_child_id_order_named_ones_and_unknown_ids_included_and_a_resumed_stream_the_rest()
    {
        for (int i = 0; i < 5; i++)
        {
            await EnterAsync($"R-P{i}", $"2025-0{i + 4}-01");
        }
        var leftBefore = await EnterAsync("R-Q", "2024-06-01");
        await EndAsync(leftBefore, "2025-03-31");
        var enteredAfter = await EnterAsync("R-S", "2026-04-01");
        var inTheYear = (await ReturnAsync(2026))[0].ChildId;
        string[] also = [leftBefore, Guid.NewGuid().ToString(), enteredAfter, inTheYear, leftBefore];

        var whole = await ReturnAsync(2026, Performance, also);

        Assert.Equal(["R-P0", "R-P1", "R-P2", "R-P3", "R-P4", "R-Q", "R-S"], whole.Select(c => c.Header.Child).Order());
        Assert.Equal(whole.Select(c => Guid.Parse(c.ChildId)).Order(), whole.Select(c => Guid.Parse(c.ChildId)));
        foreach (var pageSize in new[] { 1, 2, 3, 7 })
        {
            Assert.Equal(whole, await ReturnInPagesOfAsync(pageSize, also));
            Assert.Equal(whole[3..], await ReturnInPagesOfAsync(pageSize, also, after: whole[2].ChildId));
        }
    }

    /// <summary>The return read straight from the handler, <paramref name="pageSize"/> children a page.</summary>
    private async Task<List<ReturnChild>> ReturnInPagesOfAsync(int pageSize, string[] also, string after = "")
    {
        var request = new Api.StreamReturnRequest { YearEnding = 2026, AfterChildId = after };
        request.AlsoChildIds.AddRange(also);
        await using var scope = PlacementsService.Services.CreateAsyncScope();
        var received = new Received();
        await ActivatorUtilities.CreateInstance<StreamReturnHandler>(scope.ServiceProvider, pageSize).HandleAsync(request, received, CancellationToken.None);
        return received;
    }

    /// <summary>What the handler writes, as the client's messages.</summary>
    private sealed class Received : List<ReturnChild>, IServerStreamWriter<Api.ReturnChild>
    {
        public WriteOptions? WriteOptions { get; set; }

        public Task WriteAsync(Api.ReturnChild message)
        {
            Add(ReturnChild.Parser.ParseFrom(message.ToByteArray()));
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task What_the_return_would_refuse_is_listed_with_table_field_and_rule()
    {
        await EnterAsync("R-G", "2025-06-01", upn: null, home: null, mother: "");

        var child = Assert.Single(await ReturnAsync(2026));

        Assert.Equal(
            [("Episodes", "HOME_POST", "392b", "2025-06-01"), ("Header", "MOTHER", "393", ""), ("Header", "UPN", "442", "")],
            child.Findings.Select(f => (f.Table, f.Field, f.Rule, f.Decom)).Order());
    }

    [Fact]
    public async Task Missing_episodes_from_the_case_system_are_the_years_missing_table()
    {
        var childId = await EnterAsync("R-M", "2025-05-01");
        RecordMissingEpisodeRequest Missing(string id, string kind, string start, string end = "") => new()
        {
            ClientRequestId = id, ChildId = childId, Missing = kind, StartedOn = start, EndedOn = end,
        };

        await Placements.RecordMissingEpisodeAsync(Missing("mis-1", "M", "2025-07-01"), CaseSystem);
        await Placements.RecordMissingEpisodeAsync(Missing("mis-1-ended", "M", "2025-07-01", "2025-07-03"), CaseSystem);
        await Placements.RecordMissingEpisodeAsync(Missing("mis-1-ended", "M", "2025-07-01", "2025-07-03"), CaseSystem);
        await Placements.RecordMissingEpisodeAsync(Missing("mis-2", "A", "2026-03-30", "2026-04-02"), CaseSystem);
        var overlapping = await Assert.ThrowsAsync<RpcException>(() => Placements.RecordMissingEpisodeAsync(Missing("mis-3", "M", "2025-07-02"), CaseSystem).ResponseAsync);
        var beforeCare = await Assert.ThrowsAsync<RpcException>(() => Placements.RecordMissingEpisodeAsync(Missing("mis-4", "M", "2025-04-30"), CaseSystem).ResponseAsync);
        var badKind = await Assert.ThrowsAsync<RpcException>(() => Placements.RecordMissingEpisodeAsync(Missing("mis-5", "X", "2025-08-01"), CaseSystem).ResponseAsync);

        var child = Assert.Single(await ReturnAsync(2026));

        Assert.Equal([("M", "2025-07-01", "2025-07-03"), ("A", "2026-03-30", "")], child.MissingEpisodes.Select(m => (m.Missing, m.MisStart, m.MisEnd)));
        Assert.Equal((StatusCode.FailedPrecondition, StatusCode.FailedPrecondition), (overlapping.StatusCode, beforeCare.StatusCode));
        Assert.Contains("rule 574", overlapping.Status.Detail);
        Assert.Equal(["missing"], badKind.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task Only_the_performance_team_produces_the_return_and_a_bad_year_is_named()
    {
        await EnterAsync("R-H", "2025-06-01");

        var board = await Assert.ThrowsAsync<RpcException>(() => ReturnAsync(2026, TestTokens.GrpcAs(Roles.Board)));
        var staff = await Assert.ThrowsAsync<RpcException>(() => ReturnAsync(2026, TestTokens.GrpcAs(Roles.Placements)));
        var badYear = await Assert.ThrowsAsync<RpcException>(() => ReturnAsync(26));
        var badChild = await Assert.ThrowsAsync<RpcException>(() => ReturnAsync(2026, Performance, "not-a-child"));

        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied), (board.StatusCode, staff.StatusCode));
        Assert.Equal(StatusCode.InvalidArgument, badYear.StatusCode);
        Assert.Equal(["year_ending"], badYear.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
        Assert.Equal(["also_child_ids[0]"], badChild.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task Two_years_of_the_return_imported_into_an_empty_placements_give_back_the_same_children_and_episodes()
    {
        var a = await EnterAsync("R-I", "2024-06-01");
        await MoveAsync(a, "2025-04-01");
        var b = await EnterAsync("R-J", "2024-09-10", dateOfBirth: "2016-02-29");
        await EndAsync(b, "2025-02-01");
        await EnterAsync("R-J", "2025-08-01", dateOfBirth: "2016-02-29");
        var before = new[] { await ChildAsync(a), await ChildAsync(b) };

        var (header, episodes, placementAuthorities) = await CsvAsync([.. await ReturnAsync(2025), .. await ReturnAsync(2026)]);
        await PlacementsService.DisposeAsync();
        await StartPlacementsOnEmptyDatabaseAsync();
        await using var scope = PlacementsService.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<CaseloadImport>()
            .ImportAsync(new StringReader(header), new StringReader(episodes), new StringReader(placementAuthorities), CancellationToken.None);

        Assert.Equal((2, 0), (report.Imported, report.RejectedChildren));
        var imported = new List<ChildRecord>();
        using var call = Placements.ListChildren(new ListChildrenRequest { LookedAfterOn = "2025-09-01" }, CaseSystem);
        await foreach (var summary in call.ResponseStream.ReadAllAsync())
        {
            imported.Add(await ChildAsync(summary.ChildId));
        }
        Assert.Equal(Histories(before), Histories(imported));
    }

    private Task<ChildRecord> ChildAsync(string childId) => Placements.GetChildAsync(new GetChildRequest { ChildId = childId }, CaseSystem).ResponseAsync;

    private static IEnumerable<string> Histories(IEnumerable<ChildRecord> children) => children
        .OrderBy(c => c.CaseReference)
        .Select(c => $"{c.CaseReference} {c.Sex} {c.DateOfBirth} {c.Upn} {c.Mother}: " + string.Join(" | ", c.PeriodsOfCare.Select(p =>
            $"{p.StartedOn}-{p.EndedOn} {p.ReasonCeased} " + string.Join(" ", p.Episodes.Select(e =>
                $"{e.StartsOn}/{e.ReasonForNewEpisode}/{e.LegalStatus}/{e.PlacementType}/{e.PlacementProvider}/{e.ProviderUrn}/{e.PlacementPostcode}/{e.ReasonForChange}")))));

    /// <summary>
    /// The years' Header and Episodes tables, with each episode's PL_LA beside them as the zip gives it, as one history: an
    /// episode open at the end of one year is the same episode in the next (rules 502, 503), which says how it ended.
    /// </summary>
    private static async Task<(string Header, string Episodes, string PlacementAuthorities)> CsvAsync(IEnumerable<ReturnChild> years)
    {
        var children = years.GroupBy(c => c.ChildId).ToList();
        var header = new StringWriter();
        var episodes = new StringWriter();
        var placementAuthorities = new StringWriter();
        var headerTable = new Ssda903Csv(header, Ssda903Csv.Header);
        var episodesTable = new Ssda903Csv(episodes, Ssda903Csv.Episodes);
        var placementAuthoritiesTable = new Ssda903Csv(placementAuthorities, Ssda903Csv.PlacementAuthorities);
        foreach (var child in children)
        {
            var h = child.Last().Header;
            await headerTable.WriteRowAsync(h.Child, h.Sex, Ssda903Csv.Date(h.Dob), h.Ethnic, h.Upn, h.Mother, Ssda903Csv.Date(h.McDob));
            foreach (var e in child.SelectMany(c => c.Episodes).GroupBy(e => e.Decom).Select(g => g.Last()))
            {
                await episodesTable.WriteRowAsync(h.Child, Ssda903Csv.Date(e.Decom), e.Rne, e.Ls, e.Cin, e.Place, e.PlaceProvider, Ssda903Csv.Date(e.Dec),
                    e.Rec, e.ReasonPlaceChange, e.HomePost, e.PlPost, e.Urn);
                await placementAuthoritiesTable.WriteRowAsync(h.Child, Ssda903Csv.Date(e.Decom), e.PlLa);
            }
        }
        await headerTable.CompleteAsync();
        await episodesTable.CompleteAsync();
        await placementAuthoritiesTable.CompleteAsync();
        return (header.ToString(), episodes.ToString(), placementAuthorities.ToString());
    }
}
