extern alias VirtualSchoolApi;

using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Domain.Peps;
using AttendanceAlertRow = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.AttendanceAlertRow;
using PepSweep = VirtualSchoolApi::VirtualSchool.Api.Sweeps.PepSweep;
using PepSweepResult = VirtualSchoolApi::VirtualSchool.Api.Sweeps.PepSweepResult;
using VirtualSchoolDbContext = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.VirtualSchoolDbContext;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// The PEP sweep (docs/virtual-school.md §9.9): the review of the term today is in, made due once per pupil by its
/// configured deadline; PEPs past due and not completed marked overdue with one <c>PepOverdue</c> and one worklist
/// alert however many sweeps run at once; a PEP due soon on the worklist, settled as it moves on; pupils past the end of Year 13 have their PEPs closed; timeliness read live.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PepSweep_Specs(InfrastructureFixture fixture) : PepSpecs(fixture, Settings)
{
    private const string TestTerm = "PEP test term";
    private static readonly DateOnly TermStarts = Today.AddDays(-30);
    private static readonly DateOnly ReviewDeadline = Today.AddDays(20);

    /// <summary>One term round today with its review deadline; the other terms moved far out of the way; the sweep left to the specs.</summary>
    private static IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>(VirtualSchoolTerms.OneTerm(TestTerm, TermStarts, Today.AddDays(40)))
            {
                ["VirtualSchool:Peps:SweepInterval"] = "1.00:00:00",
                ["VirtualSchool:Peps:Deadlines:TermlyReviews:0:Term"] = TestTerm,
                ["VirtualSchool:Peps:Deadlines:TermlyReviews:0:Deadline"] = $"{ReviewDeadline:yyyy-MM-dd}",
                ["VirtualSchool:Measures:SmallNumberThreshold"] = "10",
            };

            return settings;
        }
    }

    private async Task<PepSweepResult> SweepAsync(DateOnly on)
    {
        await using var scope = VirtualSchoolService.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PepSweep>().RunAsync(on, CancellationToken.None);
    }

    private async Task<List<JsonElement>> QueuedOverdueAsync()
    {
        await using var scope = VirtualSchoolService.Services.CreateAsyncScope();
        var payloads = await scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>().Set<OutboxMessage>()
            .Where(m => m.MessageType.EndsWith(".PepOverdue")).Select(m => m.Payload).ToListAsync();
        return [.. payloads.Select(p => JsonSerializer.Deserialize<JsonElement>(p))];
    }

    [Fact]
    public async Task Sweeps_running_at_once_mark_a_pep_past_due_overdue_once_with_one_event_and_one_worklist_alert()
    {
        var entered = await InCareAsync(Today.AddDays(-60));
        var pep = Assert.Single(await PepsAsync(entered.ChildId));
        Assert.True(pep.DueOn < Today);

        var runs = await Task.WhenAll(SweepAsync(Today), SweepAsync(Today), SweepAsync(Today));
        var again = await SweepAsync(Today);

        // The service's own start-up sweep may have got there first; either way it was marked once.
        Assert.InRange(runs.Sum(r => r.MarkedOverdue), 0, 1);
        Assert.Equal(0, again.MarkedOverdue);
        var published = Assert.Single(await QueuedOverdueAsync());
        Assert.Equal((pep.Id.ToString(), "initial", $"{pep.DueOn:yyyy-MM-dd}"), (published.GetProperty("pepId").GetString(),
            published.GetProperty("kind").GetString(), published.GetProperty("dueOn").GetString()));
        using var staff = Staff;
        var worklist = await staff.GetFromJsonAsync<JsonElement>("/api/virtual-school/worklist?kind=pep-overdue");
        Assert.Equal(entered.ChildId.ToString(), Assert.Single(worklist.GetProperty("items").EnumerateArray()).GetProperty("pupilId").GetString());
        Assert.Equal(pep.Id.ToString(), Assert.Single((await staff.GetFromJsonAsync<JsonElement>("/api/virtual-school/peps?overdue=true"))
            .GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Contains("overdue:draft", await HistoryAsync(pep.Id));
    }

    [Fact]
    public async Task A_pep_due_within_five_working_days_is_on_the_worklist_once_and_its_entries_settle_as_it_goes_overdue_and_is_completed()
    {
        var enteredOn = Today.AddDays(-40);
        while (PepDeadlines.Initial(enteredOn) < Today)
        {
            enteredOn = enteredOn.AddDays(1);
        }
        var entered = await InCareAsync(enteredOn);
        var pep = Assert.Single(await PepsAsync(entered.ChildId));
        Assert.True(PepDeadlines.IsDueSoon(pep.DueOn, Today, new PepDeadlineOptions()));
        using var staff = Staff;
        async Task<List<(string Kind, bool Open)>> EntriesAsync()
        {
            await using var scope = VirtualSchoolService.Services.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>().Set<AttendanceAlertRow>().AsNoTracking()
                .Where(a => a.PupilId == entered.ChildId).OrderBy(a => a.Id).ToListAsync();
            return [.. rows.Select(a => (a.Kind, a.ResolvedAt == null))];
        }

        await Task.WhenAll(SweepAsync(Today), SweepAsync(Today));
        await SweepAsync(Today);

        var worklist = await staff.GetFromJsonAsync<JsonElement>("/api/virtual-school/worklist?kind=pep-due");
        var item = Assert.Single(worklist.GetProperty("items").EnumerateArray());
        Assert.Equal(entered.ChildId.ToString(), item.GetProperty("pupilId").GetString());
        Assert.Contains($"due {pep.DueOn:yyyy-MM-dd}", item.GetProperty("detail").GetString());

        await SweepAsync(pep.DueOn.AddDays(1));
        Assert.Equal([("pep-due", false), ("pep-overdue", true)], await EntriesAsync());

        await MarkCompletedAsync(entered.ChildId, pep.DueOn.AddDays(1));
        await SweepAsync(pep.DueOn.AddDays(1));
        Assert.Equal([("pep-due", false), ("pep-overdue", false)], await EntriesAsync());
    }

    [Fact]
    public async Task The_term_today_is_in_makes_one_review_due_by_its_configured_deadline_for_a_pupil_whose_last_pep_was_before_it()
    {
        var reviewed = await InCareAsync(Today.AddDays(-200));
        await MarkCompletedAsync(reviewed.ChildId, TermStarts.AddDays(-10));
        var stillOpen = await InCareAsync();

        var runs = await Task.WhenAll(SweepAsync(Today), SweepAsync(Today));
        await SweepAsync(Today);

        Assert.InRange(runs.Sum(r => r.ReviewsCreated), 0, 1);
        var review = Assert.Single(await PepsAsync(reviewed.ChildId), p => p.Occasion == "termly-review");
        Assert.Equal(("termly-review", TestTerm, ReviewDeadline, "draft"), (review.Kind, review.Term, review.DueOn, review.Status));
        Assert.Single(await PepsAsync(stillOpen.ChildId));
    }

    [Fact]
    public async Task A_pupil_past_the_end_of_year_13_has_their_open_pep_closed_by_the_sweep()
    {
        var born = new DateOnly(SchoolYearStarts - 17, 8, 31);
        var entered = await InCareAsync(born: born);
        var pep = Assert.Single(await PepsAsync(entered.ChildId));
        var afterYear13 = PepScope.EndsOn(born).AddDays(1);

        await SweepAsync(afterYear13.AddDays(-1));
        Assert.Equal("draft", Assert.Single(await PepsAsync(entered.ChildId)).Status);
        var result = await SweepAsync(afterYear13);

        Assert.Equal(1, result.ClosedPastYear13);
        var closed = Assert.Single(await PepsAsync(entered.ChildId));
        Assert.Equal((pep.Id, "closed", "past-end-of-year-13", afterYear13), (closed.Id, closed.Status, closed.CloseReason, closed.ClosedOn));
    }

    [Fact]
    public async Task Timeliness_counts_peps_due_this_term_exact_for_the_virtual_school_and_suppressed_for_the_board()
    {
        var onTime = await InCareAsync(Today.AddDays(-40));
        var late = await InCareAsync(Today.AddDays(-41));
        var due = Assert.Single(await PepsAsync(onTime.ChildId)).DueOn;
        Assert.InRange(due, TermStarts, Today.AddDays(-1));
        await MarkCompletedAsync(onTime.ChildId, due);

        using var staff = Staff;
        var exact = await staff.GetFromJsonAsync<JsonElement>("/api/virtual-school/peps/timeliness?period=term");
        Assert.Equal((2, 1, 1, 1, 50.0m, 95m, false), (exact.GetProperty("due").GetInt32(), exact.GetProperty("onTime").GetInt32(),
            exact.GetProperty("late").GetInt32(), exact.GetProperty("overdue").GetInt32(), exact.GetProperty("percent").GetDecimal(),
            exact.GetProperty("targetPercent").GetDecimal(), exact.GetProperty("meetsTarget").GetBoolean()));
        Assert.Equal($"{TermStarts:yyyy-MM-dd}", exact.GetProperty("from").GetString());

        using var board = VirtualSchoolAs(CorporateParenting.ServiceDefaults.Security.Roles.Board);
        var suppressed = await board.GetFromJsonAsync<JsonElement>("/api/virtual-school/peps/timeliness?period=year-to-date");
        Assert.Equal(("c", "c", "c", 10), (suppressed.GetProperty("due").GetString(), suppressed.GetProperty("percent").GetString(),
            suppressed.GetProperty("meetsTarget").GetString(), suppressed.GetProperty("suppressedBelow").GetInt32()));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await staff.GetAsync("/api/virtual-school/peps/timeliness?period=week")).StatusCode);
        Assert.Single(await PepsAsync(late.ChildId));
    }
}
