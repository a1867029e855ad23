extern alias VirtualSchoolApi;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PupilPremiumPlusBalanceRow = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.PupilPremiumPlusBalanceRow;
using PupilPremiumPlusPupilRow = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.PupilPremiumPlusPupilRow;
using EnrolmentRow = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.EnrolmentRow;
using PupilPremiumPlusSweep = VirtualSchoolApi::VirtualSchool.Api.Sweeps.PupilPremiumPlusSweep;
using PepContentDocument = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.PepContentDocument;
using PepContentJson = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.PepContentJson;
using PepRow = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.PepRow;
using PepTargetDocument = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.PepTargetDocument;
using PupilRow = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.PupilRow;
using SchoolRow = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.SchoolRow;
using VirtualSchoolDbContext = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.VirtualSchoolDbContext;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// Pupil Premium Plus over REST on real PostgreSQL: opening a year from the eligible pupils, allocations, payments,
/// claw-back and reallocation with their event, the reports by role, and the ledger under many concurrent requests.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PupilPremiumPlus_Specs(InfrastructureFixture fixture) : PepSpecs(fixture, Settings)
{
    // A year long past, so that children other specs bring into care (in this decade) are never counted in it.
    private const string Year = "2015-16";
    private const string CurrentYear = "2026-27";
    private const string Api = "/api/virtual-school/pupil-premium-plus";
    private const string Urn = "112233";
    private const string NewUrn = "445566";

    // Rates for the specs (2015-16's was £1,900; 2026-27's is configuration), £100 a child retained: a pupil's budget is
    // £1,800 in 2015-16 and £2,530 in 2026-27.
    private static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["VirtualSchool:PupilPremiumPlus:Rates:0:FinancialYear"] = Year,
        ["VirtualSchool:PupilPremiumPlus:Rates:0:PerChild"] = "1900",
        ["VirtualSchool:PupilPremiumPlus:Rates:1:FinancialYear"] = CurrentYear,
        ["VirtualSchool:PupilPremiumPlus:Rates:1:PerChild"] = "2630",
        ["VirtualSchool:PupilPremiumPlus:RetainedPerChild"] = "100",
    };

    /// <summary>Each pupil's funded target: a target of a submitted PEP, asking for £1,500.</summary>
    private readonly Dictionary<Guid, Guid> _targets = [];

    private async Task<Guid> PupilAsync(DateOnly born, DateOnly? inCareSince, DateOnly? leftCareOn = null, bool placedHere = false)
    {
        await using var scope = VirtualSchoolService.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>();
        await SchoolsRecordedAsync(db);
        var id = Guid.NewGuid();
        db.Add(new PupilRow
        {
            Id = id, Responsibility = placedHere ? PupilRow.PlacedHere : PupilRow.Ours, GivenName = "Sam", FamilyName = "PP+", DateOfBirth = born,
            PlacementAuthorityCode = "E06000015", IsCurrent = leftCareOn is null, InCareSince = inCareSince, LeftCareOn = leftCareOn,
            PlacingAuthorityCode = placedHere ? "E09000001" : null, PlacingAuthorityReference = placedHere ? $"ref-{id}" : null,
        });
        var target = Guid.CreateVersion7();
        db.Add(new PepRow
        {
            Id = Guid.CreateVersion7(), PupilId = id, Occasion = "initial", Form = "school-age", Kind = "initial", Status = "submitted",
            DueOn = new DateOnly(2015, 6, 1), CreatedBy = "test", Version = 1,
            Content = PepContentJson.Write(PepContentDocument.Empty with { Targets = [new PepTargetDocument(target, "Tutoring in maths", "Designated teacher", new DateOnly(2015, 12, 1), 1500m)] }),
        });
        await db.SaveChangesAsync();
        _targets[id] = target;
        return id;
    }

    private static async Task SchoolsRecordedAsync(VirtualSchoolDbContext db)
    {
        foreach (var urn in new[] { Urn, NewUrn })
        {
            if (!await db.Set<SchoolRow>().AnyAsync(s => s.Urn == urn))
            {
                db.Add(new SchoolRow { Urn = urn, Name = $"School {urn}", Phase = "primary", ProvisionType = "mainstream", LocalAuthorityCode = "E06000015" });
            }
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Aged 9 on 31 Aug 2015 and in care through 2015-16; or, for the current year, aged 10 on 31 Aug 2026 and in care.</summary>
    private async Task<Guid> EligiblePupilAsync(bool currentYear = false) => currentYear
        ? await PupilAsync(new DateOnly(2016, 5, 1), new DateOnly(2025, 1, 1))
        : await PupilAsync(new DateOnly(2006, 5, 1), new DateOnly(2014, 1, 1));

    private T InDatabase<T>(Func<VirtualSchoolDbContext, T> read)
    {
        using var scope = VirtualSchoolService.Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>());
    }

    private object Allocation(Guid pupil, decimal amount, string urn = Urn) =>
        new { pupilId = pupil, urn, targetIds = new[] { _targets.GetValueOrDefault(pupil, Guid.NewGuid()) }, amount, why = "Tutoring in maths (PEP target 1)" };

    [Fact]
    public async Task A_year_opens_from_the_eligible_pupils_once_with_the_grant_received_and_the_retained_share_moved_out()
    {
        await EligiblePupilAsync();
        await PupilAsync(new DateOnly(1999, 9, 1), new DateOnly(2015, 3, 31));                // still 15 on 31 Aug 2015 and in care into the year: eligible
        await PupilAsync(new DateOnly(2001, 9, 1), new DateOnly(2016, 3, 31));                // one day in care, the year's last: eligible
        await PupilAsync(new DateOnly(1999, 8, 31), new DateOnly(2014, 1, 1));                // 16 on 31 Aug 2015: not eligible
        await PupilAsync(new DateOnly(2011, 9, 1), new DateOnly(2014, 1, 1));                 // 3 on 31 Aug 2015: not eligible
        await PupilAsync(new DateOnly(2006, 5, 1), new DateOnly(2010, 1, 1), new DateOnly(2015, 3, 31)); // left before the year
        await PupilAsync(new DateOnly(2006, 5, 1), new DateOnly(2014, 1, 1), placedHere: true); // another authority's child
        await PupilAsync(new DateOnly(2006, 5, 1), null);                                     // period of care not known
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);

        var opened = await staff.PostAsync($"{Api}/{Year}", null);

        Assert.True(opened.StatusCode == HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var body = await opened.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((3, 5700m, 300m, 1800m), (body.GetProperty("eligiblePupils").GetInt32(), body.GetProperty("grant").GetDecimal(),
            body.GetProperty("retained").GetDecimal(), body.GetProperty("pupilBudget").GetDecimal()));
        var year = await staff.GetFromJsonAsync<JsonElement>($"{Api}/{Year}");
        Assert.Equal(("3", 5700m, 300m, 5400m), (year.GetProperty("eligiblePupils").GetString(), year.GetProperty("grant").GetDecimal(),
            year.GetProperty("retained").GetDecimal(), year.GetProperty("unallocated").GetDecimal()));
        Assert.Equal(0L, InDatabase(db => db.Set<PupilPremiumPlusBalanceRow>().Where(b => b.FinancialYear == Year).Sum(b => b.Pence)));

        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsync($"{Api}/{Year}", null)).StatusCode);
        var noRate = await staff.PostAsync($"{Api}/2031-32", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noRate.StatusCode);
        Assert.Contains("2031-32", await noRate.Content.ReadAsStringAsync());
        var badYear = await staff.PostAsync($"{Api}/2026-28", null);
        Assert.Equal(HttpStatusCode.BadRequest, badYear.StatusCode);
        Assert.Contains("financialYear", await badYear.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Allocations_payments_claw_back_and_reallocation_move_the_money_publish_the_event_and_show_in_the_reports()
    {
        var pupil = await EligiblePupilAsync();
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsync($"{Api}/{Year}", null)).StatusCode);

        var target = _targets[pupil];
        var allocated = await staff.PostAsJsonAsync($"{Api}/{Year}/allocations",
            new { pupilId = pupil, urn = Urn, targetIds = new[] { target }, amount = 1200m, why = "Tutoring in maths (PEP target 1)" });
        Assert.Equal(HttpStatusCode.Created, allocated.StatusCode);
        var allocationId = (await allocated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var payments = $"{Api}/{Year}/allocations/{allocationId}/payments";
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync(payments, new { amount = 400m, pepTargetId = target, why = "Autumn term" })).StatusCode);
        // The release policy (per term, through a PEP target, to £0, £400, £800 or £1,500 a term), then the ledger.
        var noTarget = await staff.PostAsJsonAsync(payments, new { amount = 400m, why = "Autumn term, more" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noTarget.StatusCode);
        Assert.Contains("name the target", await noTarget.Content.ReadAsStringAsync());
        var offBand = await staff.PostAsJsonAsync(payments, new { amount = 600m, pepTargetId = target, why = "Autumn term, more" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, offBand.StatusCode);
        Assert.Contains("£1,000", await offBand.Content.ReadAsStringAsync());
        var overpaid = await staff.PostAsJsonAsync(payments, new { amount = 1100m, pepTargetId = target, why = "Autumn term, more" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overpaid.StatusCode);

        var moved = await staff.PostAsJsonAsync($"{Api}/{Year}/allocations/{allocationId}/claw-back", new { why = "Moved school", newUrn = NewUrn });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(800m, (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("amount").GetDecimal());

        var report = await staff.GetFromJsonAsync<JsonElement>($"{Api}/{Year}/pupils/{pupil}");
        Assert.Equal((1800m, 1200m, 400m, 800m, 600m), (report.GetProperty("budget").GetDecimal(), report.GetProperty("allocated").GetDecimal(),
            report.GetProperty("paid").GetDecimal(), report.GetProperty("outstanding").GetDecimal(), report.GetProperty("remaining").GetDecimal()));
        var overGrpc = await VirtualSchool.GetPupilPremiumPlusAsync(
            new CorporateParenting.VirtualSchool.V1.GetPupilPremiumPlusRequest { PupilId = pupil.ToString(), FinancialYear = Year }, TestTokens.GrpcAs(Roles.Service));
        Assert.Equal((180_000L, 120_000L, 40_000L, 80_000L, 2), (overGrpc.BudgetPence, overGrpc.AllocatedPence, overGrpc.PaidPence, overGrpc.OutstandingPence,
            overGrpc.Allocations.Count));
        var badRequest = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => VirtualSchool.GetPupilPremiumPlusAsync(
            new CorporateParenting.VirtualSchool.V1.GetPupilPremiumPlusRequest { PupilId = pupil.ToString(), FinancialYear = "2026" }, TestTokens.GrpcAs(Roles.Service)).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, badRequest.StatusCode);
        var forBoard = (await VirtualSchool.GetMeasuresAsync(
            new CorporateParenting.VirtualSchool.V1.GetMeasuresRequest { FinancialYear = Year }, TestTokens.GrpcAs(Roles.Board))).PupilPremiumPlus;
        var yearView = await staff.GetFromJsonAsync<JsonElement>($"{Api}/{Year}");
        Assert.Equal((Year, 120_000L, 40_000L, 80_000L), (forBoard.FinancialYear, forBoard.AllocatedPence, forBoard.PaidPence, forBoard.OutstandingPence));
        Assert.Equal( // the same ledger totals as the REST year view, in pence
            [.. new[] { "grant", "clawedBack", "retainedSpent", "unspent" }.Select(field => yearView.GetProperty(field).GetDecimal() * 100)],
            new decimal[] { forBoard.GrantPence, forBoard.ClawedBackPence, forBoard.RetainedSpentPence, forBoard.UnspentPence });
        var schools = await staff.GetFromJsonAsync<JsonElement>($"{Api}/{Year}/schools");
        Assert.Equal([(Urn, 400m), (NewUrn, 800m)], schools.EnumerateArray()
            .Select(s => (s.GetProperty("urn").GetString()!, s.GetProperty("allocated").GetDecimal())).OrderBy(s => s.Item1).ToArray());

        var events = InDatabase(db => db.Set<OutboxMessage>().Where(m => m.MessageType.EndsWith("PupilPremiumPlusAllocated")).Select(m => m.Payload).ToList())
            .Select(p => JsonDocument.Parse(p).RootElement).ToList();
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.GetProperty("reallocatedFrom").ValueKind == JsonValueKind.String && e.GetProperty("urn").GetString() == NewUrn);

        var newAllocation = report.GetProperty("allocations").EnumerateArray().Single(a => a.GetProperty("urn").GetString() == NewUrn).GetProperty("allocationId").GetGuid();
        var clawed = await staff.PostAsJsonAsync($"{Api}/{Year}/allocations/{newAllocation}/claw-back", new { why = "Left care" });
        Assert.Equal(HttpStatusCode.OK, clawed.StatusCode);
        var year = await staff.GetFromJsonAsync<JsonElement>($"{Api}/{Year}");
        Assert.Equal((1800m - 400m, 400m, 800m), (year.GetProperty("unallocated").GetDecimal(), year.GetProperty("paid").GetDecimal(),
            year.GetProperty("clawedBack").GetDecimal()));
    }

    [Fact]
    public async Task Money_follows_the_targets_of_a_submitted_pep_which_keep_their_ids_through_edits_and_show_in_the_pupils_report()
    {
        var entered = await InCareAsync(born: new DateOnly(2014, 10, 1));
        var pepId = Assert.Single(await PepsAsync(entered.ChildId)).Id;
        await using (var scope = VirtualSchoolService.Services.CreateAsyncScope())
        {
            await SchoolsRecordedAsync(scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>());
        }
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsync($"{Api}/{CurrentYear}", null)).StatusCode);
        var edited = await staff.PutAsJsonAsync($"/api/virtual-school/peps/{pepId}", new { version = 1, content = FullContent(Today.AddDays(-1)) });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var target = (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("content").GetProperty("targets")[0].GetProperty("id").GetGuid();
        object AllocationFor(Guid targetId) => new { pupilId = entered.ChildId, urn = Urn, targetIds = new[] { targetId }, amount = 150m, why = "Reading books" };

        var whileDraft = await staff.PostAsJsonAsync($"{Api}/{CurrentYear}/allocations", AllocationFor(target));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, whileDraft.StatusCode);
        Assert.Contains("is draft", await whileDraft.Content.ReadAsStringAsync());
        var unknownId = await staff.PutAsJsonAsync($"/api/virtual-school/peps/{pepId}", new
        {
            version = 2, content = FullContent(Today.AddDays(-1), [new { id = Guid.NewGuid(), what = "Read", who = "Carer", byWhen = Iso(Today.AddDays(30)) }]),
        });
        Assert.Equal(HttpStatusCode.BadRequest, unknownId.StatusCode);
        Assert.True((await unknownId.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("content.targets[0].id", out _));
        var kept = await staff.PutAsJsonAsync($"/api/virtual-school/peps/{pepId}", new
        {
            version = 2, content = FullContent(Today.AddDays(-1), [
                new { id = target, what = "Read 30 minutes a day", who = "Carer", byWhen = Iso(Today.AddDays(60)), fundingRequested = 150m },
                new { id = (Guid?)null, what = "Join the choir", who = "Designated teacher", byWhen = Iso(Today.AddDays(30)), fundingRequested = 0m }]),
        });
        var targets = (await kept.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("content").GetProperty("targets");
        Assert.Equal(target, targets[0].GetProperty("id").GetGuid());
        Assert.NotEqual(target, targets[1].GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/virtual-school/peps/{pepId}/submit", new { version = 3 })).StatusCode);

        var unknownTarget = await staff.PostAsJsonAsync($"{Api}/{CurrentYear}/allocations", AllocationFor(Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownTarget.StatusCode);
        Assert.Contains("targetIds[0]", await unknownTarget.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"{Api}/{CurrentYear}/allocations", AllocationFor(target))).StatusCode);
        var report = await staff.GetFromJsonAsync<JsonElement>($"{Api}/{CurrentYear}/pupils/{entered.ChildId}");
        var linked = Assert.Single(report.GetProperty("linkedTargets").EnumerateArray());
        Assert.Equal((target, pepId, "Read 30 minutes a day", "submitted", 150m), (linked.GetProperty("id").GetGuid(), linked.GetProperty("pepId").GetGuid(),
            linked.GetProperty("what").GetString(), linked.GetProperty("pepStatus").GetString(), linked.GetProperty("fundingRequested").GetDecimal()));
    }

    [Fact]
    public async Task A_pupils_budget_can_be_raised_retained_money_spent_and_the_year_closed_with_everything_unspent_returned()
    {
        var pupil = await EligiblePupilAsync();
        await EligiblePupilAsync();
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsync($"{Api}/{Year}", null)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await staff.PutAsJsonAsync($"{Api}/{Year}/pupils/{pupil}/budget", new { budget = 3000m, why = "Residential school: higher need" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"{Api}/{Year}/allocations", Allocation(pupil, 2800m))).StatusCode);
        var below = await staff.PutAsJsonAsync($"{Api}/{Year}/pupils/{pupil}/budget", new { budget = 2000m, why = "Lower" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, below.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"{Api}/{Year}/retained-spending", new { amount = 150m, why = "Designated teacher training" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await staff.PostAsJsonAsync($"{Api}/{Year}/retained-spending", new { amount = 100m, why = "More training" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"{Api}/{Year}/close", new { why = "Year end" })).StatusCode);

        var year = await staff.GetFromJsonAsync<JsonElement>($"{Api}/{Year}");
        Assert.True(year.GetProperty("isClosed").GetBoolean());
        Assert.Equal((3800m, 150m, 0m, 3650m, 3650m), (year.GetProperty("grant").GetDecimal(), year.GetProperty("retainedSpent").GetDecimal(),
            year.GetProperty("paid").GetDecimal(), year.GetProperty("returnedToDfE").GetDecimal(), year.GetProperty("unspent").GetDecimal()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await staff.PostAsJsonAsync($"{Api}/{Year}/allocations", Allocation(pupil, 10m))).StatusCode);
    }

    [Fact]
    public async Task The_sweep_claws_back_what_a_child_who_left_care_was_not_paid_and_moves_a_movers_to_the_new_school_once()
    {
        var leaver = await EligiblePupilAsync(currentYear: true);
        var mover = await EligiblePupilAsync(currentYear: true);
        var stayer = await EligiblePupilAsync(currentYear: true);
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsync($"{Api}/{CurrentYear}", null)).StatusCode);
        foreach (var pupil in new[] { leaver, mover, stayer })
        {
            Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"{Api}/{CurrentYear}/allocations", Allocation(pupil, 800m))).StatusCode);
        }
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using (var scope = VirtualSchoolService.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>();
            var left = await db.Set<PupilRow>().SingleAsync(p => p.Id == leaver);
            (left.IsCurrent, left.LeftCareOn) = (false, today.AddDays(-1));
            db.AddRange(
                new EnrolmentRow { Id = Guid.NewGuid(), PupilId = mover, Urn = NewUrn, StartsOn = today.AddDays(-3), Registration = EnrolmentRow.Single, RecordedBy = "test", RecordedAt = DateTimeOffset.UtcNow },
                new EnrolmentRow { Id = Guid.NewGuid(), PupilId = stayer, Urn = Urn, StartsOn = today.AddDays(-30), Registration = EnrolmentRow.Single, RecordedBy = "test", RecordedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        async Task<(int, int)> SweepAsync()
        {
            await using var scope = VirtualSchoolService.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<PupilPremiumPlusSweep>().RunAsync(today, CancellationToken.None);
        }
        var sweeps = await Task.WhenAll(SweepAsync(), SweepAsync());
        Assert.Equal((1, 1), (sweeps.Sum(s => s.Item1), sweeps.Sum(s => s.Item2)));
        Assert.Equal((0, 0), await SweepAsync());

        var schools = await staff.GetFromJsonAsync<JsonElement>($"{Api}/{CurrentYear}/schools");
        Assert.Equal([(Urn, 800m), (NewUrn, 800m)], schools.EnumerateArray()
            .Select(s => (s.GetProperty("urn").GetString()!, s.GetProperty("allocated").GetDecimal())).OrderBy(s => s.Item1).ToArray());
        var leaverReport = await staff.GetFromJsonAsync<JsonElement>($"{Api}/{CurrentYear}/pupils/{leaver}");
        Assert.Equal((0m, 2530m), (leaverReport.GetProperty("allocated").GetDecimal(), leaverReport.GetProperty("remaining").GetDecimal()));
        Assert.Equal(4, InDatabase(db => db.Set<OutboxMessage>().Count(m => m.MessageType.EndsWith("PupilPremiumPlusAllocated"))));
    }

    [Fact]
    public async Task Bad_input_names_the_field_and_roles_are_kept_apart()
    {
        var pupil = await EligiblePupilAsync();
        var placedHere = await PupilAsync(new DateOnly(2016, 5, 1), new DateOnly(2025, 1, 1), placedHere: true);
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsync($"{Api}/{Year}", null)).StatusCode);

        var bad = await staff.PostAsJsonAsync($"{Api}/{Year}/allocations", new { pupilId = "nope", urn = "12", targetIds = Array.Empty<string>(), amount = 0.001m });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.All(["pupilId", "urn", "targetIds", "amount", "why"], field => Assert.True(errors.TryGetProperty(field, out _), field));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await staff.PostAsJsonAsync($"{Api}/{Year}/allocations", Allocation(placedHere, 100m))).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await staff.PostAsJsonAsync($"{Api}/{Year}/allocations", Allocation(pupil, 100m, "999999"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsJsonAsync($"{Api}/{Year}/allocations", Allocation(Guid.NewGuid(), 100m))).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await staff.PostAsJsonAsync($"{Api}/{Year}/allocations", Allocation(pupil, 2600m))).StatusCode);

        using var board = VirtualSchoolAs(Roles.Board);
        var boardYear = await board.GetFromJsonAsync<JsonElement>($"{Api}/{Year}");
        var exact = int.Parse((await staff.GetFromJsonAsync<JsonElement>($"{Api}/{Year}")).GetProperty("eligiblePupils").GetString()!);
        Assert.Equal(CorporateParenting.Reporting.SmallNumbers.Show(exact, 10), boardYear.GetProperty("eligiblePupils").GetString());
        Assert.Equal("c", CorporateParenting.Reporting.SmallNumbers.Show(1, 10));
        Assert.Equal(HttpStatusCode.Forbidden, (await board.PostAsJsonAsync($"{Api}/{Year}/allocations", Allocation(pupil, 100m))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await board.GetAsync($"{Api}/{Year}/pupils/{pupil}")).StatusCode);
        using var school = VirtualSchoolService.CreateClient(TestTokens.ForSchool(Urn));
        Assert.Equal(HttpStatusCode.Forbidden, (await school.GetAsync($"{Api}/{Year}/schools")).StatusCode);
    }

    [Fact]
    public async Task Many_concurrent_allocations_never_take_the_pot_or_a_pupils_budget_below_zero()
    {
        // Two eligible pupils make a pot of £3,600; six pupils, each with a budget of £1,800, ask for £1,000 four times at once.
        var pupils = new List<Guid> { await EligiblePupilAsync(), await EligiblePupilAsync() };
        for (int i = 0; i < 4; i++)
        {
            pupils.Add(await PupilAsync(new DateOnly(2016, 5, 1), null));
        }
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsync($"{Api}/{Year}", null)).StatusCode);

        var requests = pupils.SelectMany(p => Enumerable.Repeat(p, 4)).Select(async pupil =>
        {
            using var client = VirtualSchoolAs(Roles.VirtualSchool);
            return (pupil, (await client.PostAsJsonAsync($"{Api}/{Year}/allocations", Allocation(pupil, 1000m))).StatusCode);
        });
        var answers = await Task.WhenAll(requests);

        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.UnprocessableEntity, HttpStatusCode.Conflict }));
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.All(answers.GroupBy(a => a.pupil), g => Assert.True(g.Count(a => a.StatusCode == HttpStatusCode.Created) <= 1));
        var (balances, budgets) = InDatabase(db => (
            db.Set<PupilPremiumPlusBalanceRow>().Where(b => b.FinancialYear == Year).ToList(),
            db.Set<PupilPremiumPlusPupilRow>().Where(b => b.FinancialYear == Year).ToList()));
        Assert.Equal(60_000L, balances.Single(b => b.Account == "Unallocated").Pence);
        Assert.Equal(0L, balances.Sum(b => b.Pence));
        Assert.All(budgets, b => Assert.InRange(b.AllocatedPence, 0, b.BudgetPence));
        var year = await staff.GetFromJsonAsync<JsonElement>($"{Api}/{Year}");
        Assert.Equal((3000m, 600m), (year.GetProperty("allocated").GetDecimal(), year.GetProperty("unallocated").GetDecimal()));
        Assert.Equal(3, InDatabase(db => db.Set<OutboxMessage>().Count(m => m.MessageType.EndsWith("PupilPremiumPlusAllocated"))));
    }
}
