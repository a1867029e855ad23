extern alias LeavingCareApi;
extern alias PlacementsApi;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.Placements.V1;
using CorporateParenting.ReadModels;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.Testing;
using MassTransit;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using InTouchFiguresHandler = LeavingCareApi::LeavingCare.Api.Queries.InTouchFiguresHandler;
using LeavingCareDbContext = LeavingCareApi::LeavingCare.Api.Infrastructure.LeavingCareDbContext;
using LeavingCareProgram = LeavingCareApi::Program;
using PlacementsService = PlacementsApi::Placements.Api.Grpc.PlacementsGrpcService;
using PlanReviewSweep = LeavingCareApi::LeavingCare.Api.Sweeps.PlanReviewSweep;
using StatusAnnouncements = LeavingCareApi::LeavingCare.Api.Sweeps.StatusAnnouncements;
using StatusSweep = LeavingCareApi::LeavingCare.Api.Sweeps.StatusSweep;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// Leaving Care's status from Placements' events on the real broker and database (docs/leaving-care.md §2.1, §2.2): the
/// same events in any order and repeated leave the same category, each change kept and announced once; the daily sweep
/// finds the change a day makes once however many instances sweep; a first start learns those who left care before it from
/// Placements' register (in-process, as the Virtual School's specs do).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class LeavingCareStatus_Specs(InfrastructureFixture fixture) : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private ServiceFactory<PlacementsService> _placements = null!;
    private ServiceFactory<LeavingCareProgram> _service = null!;

    public async Task InitializeAsync()
    {
        _placements = await ServiceFactory<PlacementsService>.StartAsync(fixture, ResourceNames.PlacementsDb);
        await StartLeavingCareAsync();
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _placements.DisposeAsync();
    }

    /// <summary>Leaving Care's first start on a clean database, once its first rebuild from Placements' register has completed.</summary>
    private async Task StartLeavingCareAsync()
    {
        _service = await ServiceFactory<LeavingCareProgram>.StartAsync(fixture, ResourceNames.LeavingCareDb,
            new Dictionary<string, string?>
            {
                ["LeavingCare:StatusSweep:Interval"] = "1.00:00:00",
                ["LeavingCare:StayingClose:InForceFrom"] = Iso(Today.AddDays(-1)),
                ["LeavingCare:StatusAnnouncements:Interval"] = "00:00:00.200",
                ["LeavingCare:StatusAnnouncements:Quiet"] = "00:00:01",
                [$"{ReadModelOptions.Section}:{nameof(ReadModelOptions.PlacementsAddress)}"] = "http://localhost",
                [$"{ReadModelOptions.Section}:{nameof(ReadModelOptions.RetryAfter)}"] = "00:00:00.200",
            },
            services => services.AddHttpClient(ReadModelExtensions.PlacementsClientName)
                .ConfigurePrimaryHttpMessageHandler(() => _placements.Server.CreateHandler()));
        using var admin = _service.CreateClient(TestTokens.For(Roles.Admin));
        await Eventually.ReturnsAsync(
            async () => (await admin.GetFromJsonAsync<JsonElement>(ReadModelRebuildApi.RoutePrefix)).EnumerateArray().ToArray(),
            runs => runs.Length > 0 && runs.All(run => run.GetProperty("status").GetString() == "COMPLETED"),
            "Leaving Care's read model rebuild to complete");
    }

    private async Task<T> InDatabaseAsync<T>(Func<LeavingCareDbContext, Task<T>> read)
    {
        await using var scope = _service.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<LeavingCareDbContext>());
    }

    private async Task<List<JsonElement>> AnnouncedAsync(Guid childId) =>
        [.. (await InDatabaseAsync(db => db.Set<OutboxMessage>().Where(m => m.MessageType.EndsWith(".CareLeaverStatusChanged"))
                .OrderBy(m => m.OccurredAt).Select(m => m.Payload).ToListAsync()))
            .Select(p => JsonSerializer.Deserialize<JsonElement>(p)).Where(e => e.GetProperty("childId").GetGuid() == childId)];

    /// <summary>The announcements once the latest is <paramref name="category"/> (a category is announced after a quiet second here).</summary>
    private Task<List<JsonElement>> AnnouncedOnceHeldAsync(Guid childId, string category) =>
        Eventually.ReturnsAsync(() => AnnouncedAsync(childId), a => a.Count > 0 && a[^1].GetProperty("category").GetString() == category,
            $"{category} announced");

    [Fact]
    public async Task Example_Bs_events_in_any_order_and_repeated_leave_them_relevant_with_each_change_kept_and_only_what_held_announced_once()
    {
        var (child, first, second) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var born = new DateOnly(2009, 3, 10);
        var at = DateTimeOffset.UtcNow;
        object[] events =
        [
            new ChildEnteredCare(child, first, "Bea", "Example", born, new DateOnly(2022, 6, 1), "C2", "N1", "U1", "E06000015", false, at),
            new ChildLeftCare(child, first, "Bea", "Example", born, new DateOnly(2022, 6, 1), new DateOnly(2023, 8, 1), "E4A", at.AddSeconds(1)),
            new ChildEnteredCare(child, second, "Bea", "Example", born, new DateOnly(2025, 2, 1), "V2", "N1", "U1", "E06000015", false, at.AddSeconds(2)),
            new LegalStatusChanged(child, second, born, new DateOnly(2025, 3, 1), "V2", "C1", at.AddSeconds(3)),
            new ChildLeftCare(child, second, "Bea", "Example", born, new DateOnly(2025, 2, 1), new DateOnly(2025, 4, 1), "E13", at.AddSeconds(4)),
        ];
        var bus = _service.Services.GetRequiredService<IBus>();
        var sends = events.Select(e => (Event: e, Id: Guid.NewGuid())).ToList();
        var random = new Random(15);
        var shuffled = sends.Concat(sends.Take(2)).OrderBy(_ => random.Next()).ToList(); // two of them delivered twice

        foreach (var (message, id) in shuffled)
        {
            await bus.Publish(message, message.GetType(), context => context.MessageId = id);
        }
        var ids = sends.Select(s => s.Id).ToList();
        Task<int> ConsumedAsync() => InDatabaseAsync(db => db.Set<InboxMessage>().CountAsync(m => ids.Contains(m.MessageId)));
        await Eventually.ReturnsAsync(ConsumedAsync, n => n >= events.Length, "each event consumed once");

        var person = await InDatabaseAsync(db => db.YoungPeople.AsNoTracking().SingleAsync(p => p.Id == child));
        var history = await InDatabaseAsync(db => db.Statuses.AsNoTracking().Where(s => s.YoungPersonId == child).OrderBy(s => s.Id).Select(s => s.Category).ToListAsync());
        var announced = await AnnouncedOnceHeldAsync(child, "relevant");
        Assert.Equal(("relevant", Today, "Bea"), (person.Category, person.CategorySince, person.GivenName));
        Assert.Equal("relevant", history[^1]);
        // What came and went within the quiet second (eligible, say, before the end of care arrived) is kept but not
        // announced; each announcement follows on from the one before.
        Assert.Equal(["none", .. announced.SkipLast(1).Select(a => a.GetProperty("category").GetString()!)],
            announced.Select(a => a.GetProperty("previousCategory").GetString()!).ToList());
        Assert.True(announced.Count <= history.Count);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(announced.Count, (await AnnouncedAsync(child)).Count);
        Assert.Equal(events.Length, await ConsumedAsync());
    }

    [Fact]
    public async Task The_daily_sweep_finds_the_91st_day_once_however_many_instances_sweep()
    {
        var child = Guid.NewGuid();
        var entered = Today.AddDays(-90);
        var born = entered.AddYears(-16).AddDays(-200);
        await _service.Services.PublishConsumedAsync<LeavingCareDbContext>(
            new ChildEnteredCare(child, Guid.NewGuid(), "Ali", "Sweep", born, entered, "C2", "N1", "U1", "E06000015", false, DateTimeOffset.UtcNow));
        Assert.Equal("none", (await InDatabaseAsync(db => db.YoungPeople.AsNoTracking().SingleAsync(p => p.Id == child))).Category); // 90 days

        async Task<(int Evaluated, int Changed)> SweepAsync(DateOnly on)
        {
            await using var scope = _service.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<StatusSweep>().RunAsync(on, CancellationToken.None);
        }
        var tomorrow = Today.AddDays(1);
        var sweeps = await Task.WhenAll(SweepAsync(tomorrow), SweepAsync(tomorrow));
        var again = await SweepAsync(tomorrow);

        Assert.Equal((1, 1), (sweeps.Sum(s => s.Evaluated), sweeps.Sum(s => s.Changed)));
        Assert.Equal((0, 0), again);
        var person = await InDatabaseAsync(db => db.YoungPeople.AsNoTracking().SingleAsync(p => p.Id == child));
        Assert.Equal(("eligible", tomorrow, tomorrow), (person.Category, person.CategorySince, person.EvaluatedOn));
        await AnnouncedOnceHeldAsync(child, "eligible");
        async Task<int> AnnounceAsync()
        {
            await using var scope = _service.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<StatusAnnouncements>().RunAsync(CancellationToken.None);
        }
        Assert.Equal(0, (await Task.WhenAll(AnnounceAsync(), AnnounceAsync())).Sum()); // announced once, by whichever instance came first
        var announced = Assert.Single(await AnnouncedAsync(child));
        Assert.Equal(("none", "eligible", $"{tomorrow:yyyy-MM-dd}"), (announced.GetProperty("previousCategory").GetString(),
            announced.GetProperty("category").GetString(), announced.GetProperty("changedOn").GetString()));
    }

    [Fact]
    public async Task A_first_start_learns_a_young_person_who_left_care_before_it_from_Placements_register()
    {
        var placements = new Placements.V1.Placements.PlacementsClient(_placements.CreateGrpcChannel());
        var caseSystem = TestTokens.GrpcAs(Roles.CaseSystem);
        var entered = await placements.RecordEntryToCareAsync(new RecordEntryToCareRequest
        {
            ClientRequestId = "lc-entry", CaseReference = "LC-1", GivenName = "Rae", FamilyName = "Rebuild", DateOfBirth = "2009-03-10", Sex = "F",
            EnteredCareOn = "2024-06-01", LegalStatus = "C2", CategoryOfNeed = "N1", PlacementType = "U1", PlacementProvider = "PR1", ProviderUrn = "SC000001",
            PlacementAuthorityCode = "E06000015",
        }, caseSystem);
        await placements.RecordCareEndedAsync(new RecordCareEndedRequest { ClientRequestId = "lc-end", ChildId = entered.ChildId, EndedOn = "2025-04-01", ReasonCeased = "E4A" }, caseSystem);
        var child = Guid.Parse(entered.ChildId);
        await Eventually.ReturnsAsync(() => InDatabaseAsync(db => db.YoungPeople.AsNoTracking().Where(p => p.Id == child).Select(p => p.Category).SingleOrDefaultAsync()),
            category => category == "relevant", "the events to make her relevant");

        await _service.DisposeAsync();
        await StartLeavingCareAsync(); // an empty database: only the register can tell

        var person = await InDatabaseAsync(db => db.YoungPeople.AsNoTracking().SingleAsync(p => p.Id == child));
        var history = await InDatabaseAsync(db => db.Statuses.AsNoTracking().Where(s => s.YoungPersonId == child).ToListAsync());
        Assert.Equal(("relevant", "Rae", new DateOnly(2009, 3, 10)), (person.Category, person.GivenName, person.DateOfBirth));
        Assert.Equal(("relevant", "rebuild"), (Assert.Single(history).Category, history[0].FoundBy));
        Assert.Single(await AnnouncedOnceHeldAsync(child, "relevant"));
    }

    [Fact]
    public async Task The_team_reads_young_people_and_records_a_determination_the_board_sees_only_figures_and_bad_input_names_the_field()
    {
        // Detained on the 16th birthday: 13 weeks since 14 but not a day in care since 16, so no category from the episodes.
        var child = Guid.NewGuid();
        var (period, born) = (Guid.NewGuid(), Today.AddYears(-17));
        await _service.Services.PublishConsumedAsync<LeavingCareDbContext>(
            new ChildEnteredCare(child, period, "Dee", "Detained", born, born.AddYears(15), "C2", "N1", "U1", "E06000015", false, DateTimeOffset.UtcNow),
            new ChildLeftCare(child, period, "Dee", "Detained", born, born.AddYears(15), born.AddYears(16).AddDays(-1), "E4A", DateTimeOffset.UtcNow));
        using var team = _service.CreateClient(TestTokens.For(Roles.LeavingCare));

        var before = await team.GetFromJsonAsync<JsonElement>($"/api/leaving-care/young-people/{child}");
        Assert.Equal(("none", 0), (before.GetProperty("category").GetString(), before.GetProperty("daysSinceSixteenth").GetInt32()));
        var blank = await team.PutAsJsonAsync($"/api/leaving-care/young-people/{child}/determination", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.True((await blank.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        var determined = await team.PutAsJsonAsync($"/api/leaving-care/young-people/{child}/determination", new { reason = "In a secure hospital on the 16th birthday" });
        Assert.Equal(HttpStatusCode.OK, determined.StatusCode);
        var after = await determined.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("relevant", "In a secure hospital on the 16th birthday"), (after.GetProperty("category").GetString(),
            after.GetProperty("determination").GetProperty("reason").GetString()));
        await AnnouncedOnceHeldAsync(child, "relevant");

        var relevant = await team.GetFromJsonAsync<JsonElement>("/api/leaving-care/young-people?category=relevant");
        Assert.Contains(relevant.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == child);
        var badFilter = await team.GetAsync("/api/leaving-care/young-people?category=leaver");
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await team.GetAsync($"/api/leaving-care/young-people/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await team.PutAsJsonAsync($"/api/leaving-care/young-people/{Guid.NewGuid()}/determination", new { reason = "x" })).StatusCode);
        Assert.Equal("1", (await team.GetFromJsonAsync<JsonElement>("/api/leaving-care/figures")).GetProperty("byCategory").GetProperty("relevant").GetString());

        using var board = _service.CreateClient(TestTokens.For(Roles.Board));
        Assert.Equal("c", (await board.GetFromJsonAsync<JsonElement>("/api/leaving-care/figures")).GetProperty("byCategory").GetProperty("relevant").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await board.GetAsync("/api/leaving-care/young-people")).StatusCode);
        using var health = _service.CreateClient(TestTokens.For(Roles.Health));
        Assert.Equal(HttpStatusCode.Forbidden, (await health.GetAsync($"/api/leaving-care/young-people/{child}")).StatusCode);
        using var admin = _service.CreateClient(TestTokens.For(Roles.Admin));
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PutAsJsonAsync($"/api/leaving-care/young-people/{child}/determination", new { reason = "x" })).StatusCode);
        Assert.Equal(2, await InDatabaseAsync(db => db.Set<CorporateParenting.Audit.AuditRecord>().CountAsync(a => a.RecordKind == "young-person" && a.ChildId == child)));

        // Recorded in error: withdrawn, the category is evaluated again and the change announced; the history keeps both.
        var withdrawn = await (await team.DeleteAsync($"/api/leaving-care/young-people/{child}/determination")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("none", JsonValueKind.Null), (withdrawn.GetProperty("category").GetString(), withdrawn.GetProperty("determination").ValueKind));
        await AnnouncedOnceHeldAsync(child, "none");
        Assert.Equal(["relevant", "none"], withdrawn.GetProperty("statusHistory").EnumerateArray().Select(s => s.GetProperty("category").GetString()).TakeLast(2));
        Assert.Equal(HttpStatusCode.OK, (await team.DeleteAsync($"/api/leaving-care/young-people/{child}/determination")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await team.DeleteAsync($"/api/leaving-care/young-people/{Guid.NewGuid()}/determination")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.DeleteAsync($"/api/leaving-care/young-people/{child}/determination")).StatusCode);
    }

    [Fact]
    public async Task Staying_put_follows_a_foster_placement_to_21_and_staying_close_is_assessed_once_in_force_both_on_the_page_and_the_worklist()
    {
        // Fostered (U4) from 15 until care ended on the 18th birthday with E17; now 19. Another left a children's home (K2).
        var (child, fromHome) = (Guid.NewGuid(), Guid.NewGuid());
        var born = Today.AddYears(-19).AddDays(-40);
        await _service.Services.PublishConsumedAsync<LeavingCareDbContext>([.. new[] { (child, "U4"), (fromHome, "K2") }.SelectMany(stay =>
        {
            var (id, placement, period) = (stay.Item1, stay.Item2, Guid.NewGuid());
            return new object[]
            {
                new ChildEnteredCare(id, period, "Sam", "Stay", born, born.AddYears(15), "C2", "N1", placement, "E06000015", false, DateTimeOffset.UtcNow),
                new ChildLeftCare(id, period, "Sam", "Stay", born, born.AddYears(15), born.AddYears(18), "E17", DateTimeOffset.UtcNow),
            };
        })]);
        using var team = _service.CreateClient(TestTokens.For(Roles.LeavingCare));
        var stayingPut = $"/api/leaving-care/young-people/{child}/staying-put";
        async Task<string[]> DutiesAsync() =>
            [.. (await team.GetFromJsonAsync<JsonElement>("/api/leaving-care/worklist?pageSize=200")).GetProperty("items").EnumerateArray()
                .Where(i => i.GetProperty("youngPersonId").GetGuid() == child).Select(i => $"{i.GetProperty("kind").GetString()} {i.GetProperty("dueOn").GetString()}")];

        var noCarer = await team.PostAsJsonAsync(stayingPut, new { startedOn = Iso(born.AddYears(18)) });
        Assert.True((await noCarer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("carer", out _));
        var early = await team.PostAsJsonAsync(stayingPut, new { carer = "Jo and Kim Hill", startedOn = Iso(born.AddYears(18).AddDays(-1)) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("before the 18th birthday", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var endsFirst = await team.PostAsJsonAsync(stayingPut, new { carer = "Jo and Kim Hill", startedOn = Iso(born.AddYears(18)), plannedEndOn = Iso(born.AddYears(18)) });
        Assert.True((await endsFirst.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("plannedEndOn", out _));
        var home = await team.PostAsJsonAsync($"/api/leaving-care/young-people/{fromHome}/staying-put", new { carer = "Home", startedOn = Iso(born.AddYears(18)) });
        Assert.Contains("cannot follow placement K2", (await home.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        var started = await team.PostAsJsonAsync(stayingPut, new { carer = "Jo and Kim Hill", startedOn = Iso(born.AddYears(18)) });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var arrangement = await started.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((Iso(born.AddYears(21)), true), (arrangement.GetProperty("endsOn").GetString(), arrangement.GetProperty("isOpen").GetBoolean()));
        Assert.Equal(HttpStatusCode.Conflict, (await team.PostAsJsonAsync(stayingPut, new { carer = "Jo and Kim Hill", startedOn = Iso(born.AddYears(18)) })).StatusCode);
        var duties = await DutiesAsync();
        Assert.Contains($"staying-put-ends {Iso(born.AddYears(21))}", duties);
        Assert.Contains(duties, d => d.StartsWith("staying-close-assessment ", StringComparison.Ordinal)); // in force since yesterday here

        var noAreas = await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/staying-close", new { assessedOn = Iso(Today), supportNeeded = true, areas = Array.Empty<string>() });
        Assert.True((await noAreas.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("areas", out _));
        var badArea = await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/staying-close", new { assessedOn = Iso(Today), supportNeeded = true, areas = new[] { "money" } });
        Assert.True((await badArea.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("areas[0]", out _));
        var beforeEighteen = await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/staying-close", new { assessedOn = Iso(born.AddYears(17)), supportNeeded = false });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, beforeEighteen.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/staying-close",
            new { assessedOn = Iso(Today), supportNeeded = true, areas = new[] { "health", "accommodation" }, summary = "Help to find a flat near college." })).StatusCode);
        Assert.DoesNotContain(await DutiesAsync(), d => d.StartsWith("staying-close-assessment ", StringComparison.Ordinal));

        var future = await team.PutAsJsonAsync($"{stayingPut}/end", new { endedOn = Iso(Today.AddDays(1)), reason = "Moved to a flat" });
        Assert.True((await future.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("endedOn", out _));
        var endedRequest = await team.PutAsJsonAsync($"{stayingPut}/end", new { endedOn = Iso(Today), reason = "Moved to a flat near college" });
        Assert.Equal(HttpStatusCode.OK, endedRequest.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await team.PutAsJsonAsync($"{stayingPut}/end", new { endedOn = Iso(Today), reason = "again" })).StatusCode);
        Assert.DoesNotContain(await DutiesAsync(), d => d.StartsWith("staying-put-ends ", StringComparison.Ordinal));

        var page = await team.GetFromJsonAsync<JsonElement>($"/api/leaving-care/young-people/{child}");
        var kept = Assert.Single(page.GetProperty("stayingPut").EnumerateArray().ToArray());
        Assert.Equal(("Jo and Kim Hill", Iso(Today), false), (kept.GetProperty("carer").GetString(), kept.GetProperty("endedOn").GetString(), kept.GetProperty("isOpen").GetBoolean()));
        Assert.Equal(["accommodation", "health"], Assert.Single(page.GetProperty("stayingClose").EnumerateArray().ToArray()).GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["allocate-personal-adviser", "needs-assessment"], page.GetProperty("openDuties").EnumerateArray().Select(d => d.GetProperty("kind").GetString()));
        Assert.Equal("U4", page.GetProperty("episodes")[0].GetProperty("placementType").GetString());
        using var board = _service.CreateClient(TestTokens.For(Roles.Board));
        Assert.Equal(HttpStatusCode.Forbidden, (await board.PostAsJsonAsync(stayingPut, new { carer = "x", startedOn = Iso(Today) })).StatusCode);
    }

    [Fact]
    public async Task An_eligible_young_person_is_the_teams_to_allocate_then_their_advisers_to_assess_and_review_on_the_worklist()
    {
        // Example A's arithmetic: in care for 100 days after the 16th birthday, so eligible since the 91st day (9 days ago).
        var child = Guid.NewGuid();
        var entered = Today.AddDays(-100);
        await _service.Services.PublishConsumedAsync<LeavingCareDbContext>(
            new ChildEnteredCare(child, Guid.NewGuid(), "Eli", "Gible", entered.AddYears(-16).AddDays(-30), entered, "C2", "N1", "U1", "E06000015", false, DateTimeOffset.UtcNow));
        using var team = _service.CreateClient(TestTokens.For(Roles.LeavingCare));
        async Task<JsonElement[]> DutiesAsync(string query = "") =>
            [.. (await team.GetFromJsonAsync<JsonElement>($"/api/leaving-care/worklist{query}")).GetProperty("items").EnumerateArray()
                .Where(i => i.GetProperty("youngPersonId").GetGuid() == child)];

        var open = await DutiesAsync();
        Assert.Equal(["allocate-personal-adviser", "needs-assessment"], open.Select(d => d.GetProperty("kind").GetString()!).ToArray());
        Assert.All(open, d => Assert.Equal("Leaving care team", d.GetProperty("owner").GetString()));
        Assert.Equal(Today, DateOnly.Parse(open[0].GetProperty("dueOn").GetString()!)); // from the day she became eligible: today, found by the event

        var added = await team.PostAsJsonAsync("/api/leaving-care/advisers", new { name = "Priya Shah" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var adviser = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await team.PutAsJsonAsync($"/api/leaving-care/young-people/{child}/adviser", new { adviserId = adviser })).StatusCode);
        var again = await team.PutAsJsonAsync($"/api/leaving-care/young-people/{child}/adviser", new { adviserId = adviser, from = Iso(Today.AddDays(-1)) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode); // an allocation from today is open
        Assert.Equal(["needs-assessment"], (await DutiesAsync()).Select(d => d.GetProperty("kind").GetString()!).ToArray());
        Assert.Equal("Priya Shah", Assert.Single(await DutiesAsync("?owner=Priya%20Shah")).GetProperty("owner").GetString());
        Assert.Equal(1, (await team.GetFromJsonAsync<JsonElement>("/api/leaving-care/advisers")).EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == adviser).GetProperty("caseload").GetInt32());

        var future = await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/pathway-plan", new { kind = "review", on = Iso(Today.AddDays(3)) });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.True((await future.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("on", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/pathway-plan", new { kind = "plan", on = Iso(Today) })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/pathway-plan", new { kind = "needs-assessment", on = Iso(Today) })).StatusCode);
        var review = Assert.Single(await DutiesAsync());
        Assert.Equal(("pathway-plan-review", Iso(CorporateParenting.Calendar.CalendarMonths.Add(Today, 6)), false),
            (review.GetProperty("kind").GetString(), review.GetProperty("dueOn").GetString(), review.GetProperty("isOverdue").GetBoolean()));
        Assert.Equal(HttpStatusCode.Created, (await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/pathway-plan", new { kind = "review-requested", on = Iso(Today.AddDays(20)) })).StatusCode);
        Assert.Equal(Iso(Today.AddDays(20)), Assert.Single(await DutiesAsync()).GetProperty("dueOn").GetString());
        Assert.Single(await DutiesAsync("?dueWithinDays=20"));      // due soon: within the days asked
        Assert.Empty(await DutiesAsync("?dueWithinDays=19"));
        Assert.Equal(HttpStatusCode.BadRequest, (await team.GetAsync("/api/leaving-care/worklist?dueWithinDays=400")).StatusCode);

        using var health = _service.CreateClient(TestTokens.For(Roles.Health));
        Assert.Equal(HttpStatusCode.Forbidden, (await health.GetAsync("/api/leaving-care/worklist")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await team.GetAsync("/api/leaving-care/worklist?kind=visit")).StatusCode);
    }

    [Fact]
    public async Task At_22_in_education_the_duties_continue_and_a_missed_review_is_announced_once_however_many_instances_sweep()
    {
        // Former relevant and 22: in care from 15 to 18, so the duties ended at 21 unless the young person is in education.
        var child = Guid.NewGuid();
        var (period, born) = (Guid.NewGuid(), Today.AddYears(-22));
        await _service.Services.PublishConsumedAsync<LeavingCareDbContext>(
            new ChildEnteredCare(child, period, "Fay", "Former", born, born.AddYears(15), "C2", "N1", "U1", "E06000015", false, DateTimeOffset.UtcNow),
            new ChildLeftCare(child, period, "Fay", "Former", born, born.AddYears(15), born.AddYears(18), "E17", DateTimeOffset.UtcNow));
        using var team = _service.CreateClient(TestTokens.For(Roles.LeavingCare));
        var ended = await team.GetFromJsonAsync<JsonElement>($"/api/leaving-care/young-people/{child}");
        Assert.Equal(("former-relevant", "none", "reached-twenty-one"), (ended.GetProperty("category").GetString(),
            ended.GetProperty("duty").GetProperty("level").GetString(), ended.GetProperty("duty").GetProperty("endedBecause").GetString()));

        var bad = await team.PutAsJsonAsync($"/api/leaving-care/young-people/{child}/support", new { declinedOn = Iso(Today.AddDays(1)) });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("inEducationOrTraining", out _) && errors.TryGetProperty("declinedOn", out _));
        var inEducation = await team.PutAsJsonAsync($"/api/leaving-care/young-people/{child}/support", new { inEducationOrTraining = true });
        Assert.Equal("personal-adviser-and-pathway-plan", (await inEducation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duty").GetProperty("level").GetString());

        var assessed = CorporateParenting.Calendar.CalendarMonths.Add(Today, -7);
        Assert.Equal(HttpStatusCode.Created, (await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/pathway-plan", new { kind = "needs-assessment", on = Iso(assessed) })).StatusCode);
        async Task<int> SweepAsync()
        {
            await using var scope = _service.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<PlanReviewSweep>().RunAsync(Today, CancellationToken.None);
        }
        var sweeps = await Task.WhenAll(SweepAsync(), SweepAsync());
        await SweepAsync();

        var announced = await InDatabaseAsync(db => db.Set<OutboxMessage>().Where(m => m.MessageType.EndsWith(".PathwayPlanReviewOverdue")).Select(m => m.Payload).ToListAsync());
        var overdue = JsonSerializer.Deserialize<JsonElement>(Assert.Single(announced));
        Assert.Equal((child, Iso(CorporateParenting.Calendar.CalendarMonths.Add(assessed, 6)), "Leaving care team"),
            (overdue.GetProperty("childId").GetGuid(), overdue.GetProperty("dueOn").GetString(), overdue.GetProperty("owner").GetString()));
        Assert.InRange(sweeps.Sum(), 0, 1); // the service's own start-up sweep ran before the plan existed
    }

    [Fact]
    public async Task The_care_leaver_return_for_a_19th_birthday_is_made_from_the_contacts_accommodation_and_activity_recorded()
    {
        var child = Guid.NewGuid();
        var birthday = Today.AddDays(-10);
        var (period, born) = (Guid.NewGuid(), birthday.AddYears(-19));
        var year = CorporateParenting.Reporting.CollectionYear.Containing(birthday).Name;
        await _service.Services.PublishConsumedAsync<LeavingCareDbContext>(
            new ChildEnteredCare(child, period, "Ola", "Return", born, born.AddYears(15), "C2", "N1", "U1", "E06000015", false, DateTimeOffset.UtcNow),
            new ChildLeftCare(child, period, "Ola", "Return", born, born.AddYears(15), born.AddYears(18), "E17", DateTimeOffset.UtcNow));
        using var team = _service.CreateClient(TestTokens.For(Roles.LeavingCare));
        var oc3 = $"/api/leaving-care/young-people/{child}/oc3?year={year}";

        var empty = await team.GetFromJsonAsync<JsonElement>(oc3);
        Assert.Equal(("care-leavers-17-to-21", 19, 3, false), (empty.GetProperty("collection").GetString(), empty.GetProperty("age").GetInt32(),
            empty.GetProperty("missing").GetArrayLength(), empty.GetProperty("isComplete").GetBoolean()));
        var unsuitableOnly = await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/accommodation", new { from = Iso(born.AddYears(18)), code = "S1" });
        Assert.Equal(HttpStatusCode.BadRequest, unsuitableOnly.StatusCode);
        Assert.True((await unsuitableOnly.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("code", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/contacts", new { on = Iso(Today), inTouch = "0" })).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/accommodation", new { from = Iso(born.AddYears(18)), code = "B1" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/activity", new { from = Iso(born.AddYears(18)), code = "F1" })).StatusCode);
        var sameYear = year == CorporateParenting.Reporting.CollectionYear.Containing(Today).Name; // the worklist is this year's
        async Task<bool> AwaitingContactAsync() => (await team.GetFromJsonAsync<JsonElement>("/api/leaving-care/in-touch/no-contact"))
            .EnumerateArray().Any(i => i.GetProperty("youngPersonId").GetGuid() == child);
        Assert.Equal(sameYear, await AwaitingContactAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await team.GetAsync("/api/leaving-care/in-touch/no-contact?withinDays=365")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/contacts", new { on = Iso(Today), inTouch = "YES", method = "visit" })).StatusCode);
        Assert.False(await AwaitingContactAsync());

        var complete = await team.GetFromJsonAsync<JsonElement>(oc3);
        var row = complete.GetProperty("row");
        Assert.Equal(("YES", "F1", "B1", true), (row.GetProperty("inTouch").GetString(), row.GetProperty("activity").GetString(),
            row.GetProperty("accommodation").GetString(), complete.GetProperty("isComplete").GetBoolean()));
        var band = (await team.GetFromJsonAsync<JsonElement>($"/api/leaving-care/in-touch?year={year}")).GetProperty("bands").EnumerateArray()
            .Single(b => b.GetProperty("ages").GetString() == "19-21");
        Assert.Equal(("1", "100", "100", "100", 92), (band.GetProperty("youngPeople").GetString(), band.GetProperty("inTouchPercent").GetString(),
            band.GetProperty("suitableAccommodationPercent").GetString(), band.GetProperty("eetPercent").GetString(),
            band.GetProperty("national").GetProperty("inTouchPercent").GetInt32()));
        using var board = _service.CreateClient(TestTokens.For(Roles.Board));
        var boardBand = (await board.GetFromJsonAsync<JsonElement>($"/api/leaving-care/in-touch?year={year}")).GetProperty("bands")[1];
        Assert.Equal(("c", "c"), (boardBand.GetProperty("youngPeople").GetString(), boardBand.GetProperty("inTouchPercent").GetString()));
        var grpc = new CorporateParenting.LeavingCare.V1.LeavingCare.LeavingCareClient(_service.CreateGrpcChannel());
        var export = await grpc.ListOc3RowsAsync(new CorporateParenting.LeavingCare.V1.ListOc3RowsRequest { CollectionYear = year }, TestTokens.GrpcAs(Roles.Service));
        var exported = export.Rows.Single(r => r.ChildId == child.ToString());
        Assert.Equal(("YES", "F1", "B1", 0), (exported.InTouch, exported.Activity, exported.Accommodation, exported.Missing.Count));
        var status = await grpc.GetCareLeaverStatusAsync(new CorporateParenting.LeavingCare.V1.GetCareLeaverStatusRequest { ChildId = child.ToString() }, TestTokens.GrpcAs(Roles.Service));
        Assert.Equal("FORMER_RELEVANT", status.Category);
        Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, (await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => grpc.GetCareLeaverStatusAsync(
            new CorporateParenting.LeavingCare.V1.GetCareLeaverStatusRequest { ChildId = "nope" }, TestTokens.GrpcAs(Roles.Service)).ResponseAsync)).StatusCode);
        Assert.Equal(Grpc.Core.StatusCode.NotFound, (await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => grpc.GetCareLeaverStatusAsync(
            new CorporateParenting.LeavingCare.V1.GetCareLeaverStatusRequest { ChildId = Guid.NewGuid().ToString() }, TestTokens.GrpcAs(Roles.Service)).ResponseAsync)).StatusCode);
        Assert.Equal(Grpc.Core.StatusCode.PermissionDenied, (await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => grpc.GetCareLeaverStatusAsync(
            new CorporateParenting.LeavingCare.V1.GetCareLeaverStatusRequest { ChildId = child.ToString() }, TestTokens.GrpcAs(Roles.Health)).ResponseAsync)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await team.GetAsync($"/api/leaving-care/young-people/{child}/oc3?year=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await team.GetAsync($"/api/leaving-care/young-people/{Guid.NewGuid()}/oc3")).StatusCode);
    }

    [Fact]
    public async Task A_care_leaver_record_that_breaks_a_rule_between_its_fields_carries_the_rule_into_the_return_s_rows()
    {
        var child = Guid.NewGuid();
        var birthday = Today.AddDays(-10);
        var (period, born) = (Guid.NewGuid(), birthday.AddYears(-17));
        var year = CorporateParenting.Reporting.CollectionYear.Containing(birthday).Name;
        // Four months in care around the 16th birthday: a relevant child at 17, and never 12 months in care, so in no OC2
        // cohort the Health specs read.
        var (entered, left) = (born.AddYears(16).AddMonths(-3), born.AddYears(16).AddMonths(1));
        await _service.Services.PublishConsumedAsync<LeavingCareDbContext>(
            new ChildEnteredCare(child, period, "Ivy", "Seventeen", born, entered, "C2", "N1", "U1", "E06000015", false, DateTimeOffset.UtcNow),
            new ChildLeftCare(child, period, "Ivy", "Seventeen", born, entered, left, "E8", DateTimeOffset.UtcNow));
        using var team = _service.CreateClient(TestTokens.For(Roles.LeavingCare));
        var from = Iso(left);
        Assert.Equal(HttpStatusCode.Created, (await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/accommodation", new { from, code = "Z1" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/activity", new { from, code = "F1" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/contacts", new { on = Iso(Today), inTouch = "YES", method = "visit" })).StatusCode);

        var grpc = new CorporateParenting.LeavingCare.V1.LeavingCare.LeavingCareClient(_service.CreateGrpcChannel());
        var export = await grpc.ListOc3RowsAsync(new CorporateParenting.LeavingCare.V1.ListOc3RowsRequest { CollectionYear = year }, TestTokens.GrpcAs(Roles.Service));

        var finding = Assert.Single(export.Rows.Single(r => r.ChildId == child.ToString()).Findings);
        Assert.Equal(("3001", "ACCOM"), (finding.Rule, finding.Field));
        Assert.Contains("17th birthday", finding.Message);
    }

    [Fact]
    public async Task The_board_reads_the_care_leaver_measures_by_age_group_exact_over_grpc_and_other_callers_are_refused()
    {
        var child = Guid.NewGuid();
        var birthday = Today.AddDays(-10);
        var (period, born) = (Guid.NewGuid(), birthday.AddYears(-20));
        var year = CorporateParenting.Reporting.CollectionYear.Containing(birthday).Name;
        await _service.Services.PublishConsumedAsync<LeavingCareDbContext>(
            new ChildEnteredCare(child, period, "Ola", "Measured", born, born.AddYears(15), "C2", "N1", "U1", "E06000015", false, DateTimeOffset.UtcNow),
            new ChildLeftCare(child, period, "Ola", "Measured", born, born.AddYears(15), born.AddYears(18), "E17", DateTimeOffset.UtcNow));
        using var team = _service.CreateClient(TestTokens.For(Roles.LeavingCare));
        Assert.Equal(HttpStatusCode.Created, (await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/accommodation", new { from = Iso(born.AddYears(18)), code = "S2" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/activity", new { from = Iso(born.AddYears(18)), code = "F5" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await team.PostAsJsonAsync($"/api/leaving-care/young-people/{child}/contacts", new { on = Iso(Today), inTouch = "YES", method = "visit" })).StatusCode);
        var grpc = new CorporateParenting.LeavingCare.V1.LeavingCare.LeavingCareClient(_service.CreateGrpcChannel());

        var measures = await grpc.GetMeasuresAsync(new CorporateParenting.LeavingCare.V1.GetMeasuresRequest { CollectionYear = year }, TestTokens.GrpcAs(Roles.Board));

        Assert.Equal(year, measures.CollectionYear);
        Assert.Equal(["17-18", "19-21", "22-25"], measures.AgeGroups.Select(g => g.Ages));
        var group = measures.AgeGroups[1];
        Assert.Equal((1, 1, 1, 100), (group.YoungPeople, group.InTouch.Numerator, group.InTouch.Denominator, group.InTouch.Percent));
        Assert.Equal((0, 1, 1), (group.SuitableAccommodation.Numerator, group.InEducationEmploymentOrTraining.Numerator, group.InEducationEmploymentOrTraining.Denominator));
        Assert.Null(measures.AgeGroups[2].SuitableAccommodation); // not collected at 22-25
        var rest = (await team.GetFromJsonAsync<JsonElement>($"/api/leaving-care/in-touch?year={year}")).GetProperty("bands")[1];
        Assert.Equal(("1", "100", "0", "100"), (rest.GetProperty("youngPeople").GetString(), rest.GetProperty("inTouchPercent").GetString(),
            rest.GetProperty("suitableAccommodationPercent").GetString(), rest.GetProperty("eetPercent").GetString()));
        Assert.Equal(3, (await grpc.GetMeasuresAsync(new CorporateParenting.LeavingCare.V1.GetMeasuresRequest(), TestTokens.GrpcAs(Roles.Health))).AgeGroups.Count);

        var invalid = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => grpc.GetMeasuresAsync(
            new CorporateParenting.LeavingCare.V1.GetMeasuresRequest { CollectionYear = "2026" }, TestTokens.GrpcAs(Roles.Board)).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, invalid.StatusCode);
        Assert.Equal(["collection_year"], invalid.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field));
        Assert.Equal(Grpc.Core.StatusCode.PermissionDenied, (await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => grpc.GetMeasuresAsync(
            new CorporateParenting.LeavingCare.V1.GetMeasuresRequest(), TestTokens.GrpcAs(Roles.Service)).ResponseAsync)).StatusCode);
        Assert.Equal(Grpc.Core.StatusCode.PermissionDenied, (await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => grpc.GetMeasuresAsync(
            new CorporateParenting.LeavingCare.V1.GetMeasuresRequest(), TestTokens.GrpcAs(Roles.Partner)).ResponseAsync)).StatusCode);
        Assert.Equal(Grpc.Core.StatusCode.Unauthenticated, (await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => grpc.GetMeasuresAsync(
            new CorporateParenting.LeavingCare.V1.GetMeasuresRequest()).ResponseAsync)).StatusCode);
    }

    [Fact]
    public async Task The_care_leaver_return_read_one_young_person_a_page_gives_the_same_figures_rows_and_birthdays_as_read_a_thousand_a_page()
    {
        var year = CorporateParenting.Reporting.CollectionYear.Containing(Today);
        var children = new[] { 19, 20, 23 }.Select(age => (Id: Guid.NewGuid(), Period: Guid.NewGuid(), Born: Today.AddYears(-age))).ToList();
        await _service.Services.PublishConsumedAsync<LeavingCareDbContext>([.. children.SelectMany(c => new object[]
        {
            new ChildEnteredCare(c.Id, c.Period, "Ola", "Paged", c.Born, c.Born.AddYears(15), "C2", "N1", "U1", "E06000015", false, DateTimeOffset.UtcNow),
            new ChildLeftCare(c.Id, c.Period, "Ola", "Paged", c.Born, c.Born.AddYears(15), c.Born.AddYears(18), "E17", DateTimeOffset.UtcNow),
        })]);

        // Each read in JSON, so the views' lists compare by what they hold.
        async Task<(string Counts, List<(Guid Id, string View)> Rows, string NoContact)> ReadAsync(int? pageSize)
        {
            await using var scope = _service.Services.CreateAsyncScope();
            var figures = pageSize is { } size
                ? ActivatorUtilities.CreateInstance<InTouchFiguresHandler>(scope.ServiceProvider, size)
                : scope.ServiceProvider.GetRequiredService<InTouchFiguresHandler>();
            var rows = new List<(Guid, string)>();
            await foreach (var (person, view) in figures.RowsAsync(year, CancellationToken.None))
            {
                rows.Add((person.Id, JsonSerializer.Serialize(view)));
            }
            return (JsonSerializer.Serialize(await figures.CountsAsync(year, CancellationToken.None)), rows,
                JsonSerializer.Serialize(await figures.NoContactAsync(Today, 30, CancellationToken.None)));
        }

        var whole = await ReadAsync(null);
        var paged = await ReadAsync(1);

        Assert.Subset(whole.Rows.Select(r => r.Id).ToHashSet(), children.Select(c => c.Id).ToHashSet());
        Assert.Equal(whole.Rows.Select(r => r.Id).Order(), whole.Rows.Select(r => r.Id)); // PostgreSQL's uuid order is .NET's
        Assert.Equal(whole.Rows, paged.Rows);
        Assert.Equal(whole.Counts, paged.Counts);
        Assert.Equal(whole.NoContact, paged.NoContact);
        Assert.Equal(whole.Rows, (await ReadAsync(2)).Rows);
        Assert.All(children, c => Assert.Contains(c.Id.ToString(), whole.NoContact, StringComparison.Ordinal)); // each birthday is today, with no contact yet
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
