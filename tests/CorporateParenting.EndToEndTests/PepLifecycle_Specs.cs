extern alias VirtualSchoolApi;

using System.Net;
using System.Net.Http.Json;
using CorporateParenting.Contracts.Notifications;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.ReadModels;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Domain.Peps;
using VirtualSchoolDbContext = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.VirtualSchoolDbContext;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// The events that make PEPs due and close them (docs/virtual-school.md §9.9), on real PostgreSQL and RabbitMQ: entry to
/// care makes the Initial PEP once however often the event arrives; a change of school makes or moves a PEP in the
/// transaction that publishes <c>SchoolChanged</c>; leaving care closes with the reason, X1 and a placement out of area
/// close nothing; events out of order and children placed here by another authority make no PEP.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PepLifecycle_Specs(InfrastructureFixture fixture) : PepSpecs(fixture)
{
    [Fact]
    public async Task Entry_to_care_makes_one_initial_pep_due_20_working_days_later_however_often_the_event_arrives()
    {
        var entered = Entered(Guid.NewGuid(), Guid.NewGuid(), Today.AddDays(-5));
        var messageId = Guid.NewGuid();

        await PublishAsync(entered, messageId);
        await PublishAsync(entered, messageId);
        await WaitConsumedAsync("ChildEnteredCareConsumer", 1);
        await PublishAsync(entered);
        await WaitConsumedAsync("ChildEnteredCareConsumer", 2);

        var pep = Assert.Single(await PepsAsync(entered.ChildId));
        Assert.Equal(("initial", "school-age", "initial", "draft", PepDeadlines.Initial(entered.EnteredCareOn), 1),
            (pep.Occasion, pep.Form, pep.Kind, pep.Status, pep.DueOn, pep.Version));
        Assert.Equal(["created:draft"], await HistoryAsync(pep.Id));

        var overGrpc = await VirtualSchool.ListPupilPepsAsync(
            new CorporateParenting.VirtualSchool.V1.ListPupilPepsRequest { PupilId = entered.ChildId.ToString() }, TestTokens.GrpcAs(Roles.Service));
        var listed = Assert.Single(overGrpc.Peps);
        Assert.Equal((pep.Id.ToString(), "initial", "draft", $"{pep.DueOn:yyyy-MM-dd}", false, ""),
            (listed.PepId, listed.Kind, listed.Status, listed.DueOn, listed.IsOverdue, listed.CompletedOn));
    }

    [Fact]
    public async Task A_child_too_young_for_a_pep_gets_none_and_an_entry_arriving_after_the_child_left_makes_none()
    {
        var baby = Entered(Guid.NewGuid(), Guid.NewGuid(), Today.AddDays(-5), born: Today.AddYears(-1));
        await PublishAsync(baby);
        var late = Entered(Guid.NewGuid(), Guid.NewGuid(), Today.AddDays(-20), at: DateTimeOffset.UtcNow.AddMinutes(-10));
        await PublishAsync(Left(late, Today.AddDays(-2), "E13"));
        await WaitConsumedAsync("ChildLeftCareConsumer", 1);
        await PublishAsync(late);
        await WaitConsumedAsync("ChildEnteredCareConsumer", 2);

        Assert.Empty(await PepsAsync(baby.ChildId));
        Assert.Empty(await PepsAsync(late.ChildId));
    }

    [Theory]
    [InlineData("E13", "left-care", "left care (E13)")]
    [InlineData("E3", "care-taken-over", "care taken over by another authority (E3)")]
    public async Task Leaving_care_closes_the_open_pep_with_the_reason(string reasonCeased, string closeReason, string detail)
    {
        var entered = await InCareAsync();

        await PublishAsync(Left(entered, Today.AddDays(-1), reasonCeased));
        await WaitConsumedAsync("ChildLeftCareConsumer", 1);

        var pep = Assert.Single(await PepsAsync(entered.ChildId));
        Assert.Equal(("closed", closeReason, Today.AddDays(-1)), (pep.Status, pep.CloseReason, pep.ClosedOn));
        Assert.StartsWith(detail, pep.CloseDetail);
        Assert.Equal(["created:draft", "closed:closed"], await HistoryAsync(pep.Id));
    }

    [Fact]
    public async Task An_episode_ending_with_x1_and_a_placement_out_of_area_close_nothing()
    {
        var entered = await InCareAsync();

        await PublishAsync(Left(entered, Today.AddDays(-1), "X1", at: DateTimeOffset.UtcNow.AddMinutes(-1)));
        await WaitConsumedAsync("ChildLeftCareConsumer", 1);
        await PublishAsync(new PlacementChanged(entered.ChildId, entered.PeriodOfCareId, "Ava", "Pep", entered.DateOfBirth, Today, "P", "CARPL",
            "U6", "K2", "PR9", "S40 1AA", Derbyshire, true, "C2", DateTimeOffset.UtcNow, null));
        await WaitConsumedAsync("PlacementChangedConsumer", 1);

        var pep = Assert.Single(await PepsAsync(entered.ChildId));
        Assert.Equal("draft", pep.Status);
    }

    [Fact]
    public async Task A_change_of_school_makes_a_new_pep_in_the_same_transaction_and_a_corrected_start_moves_it()
    {
        var entered = await InCareAsync(Today.AddDays(-90));
        await MarkCompletedAsync(entered.ChildId, Today.AddDays(-60));
        using var staff = Staff;
        await RecordSchoolAsync("100101", "Ash Primary");

        var enrolled = await EnrolAsync(entered.ChildId, "100101", Today.AddDays(-3));
        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        var enrolmentId = (await enrolled.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();

        var change = Assert.Single(await PepsAsync(entered.ChildId), p => p.Occasion == "change-of-school");
        var options = new PepDeadlineOptions();
        Assert.Equal(("draft", PepDeadlines.ChangeOfSchool(Today.AddDays(-3), options)), (change.Status, change.DueOn));

        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/virtual-school/enrolments/{enrolmentId}/corrections",
            new { startsOn = Iso(Today.AddDays(-2)), reason = "Started a day later than recorded." })).StatusCode);

        var moved = Assert.Single(await PepsAsync(entered.ChildId), p => p.Occasion == "change-of-school");
        Assert.Equal((change.Id, PepDeadlines.ChangeOfSchool(Today.AddDays(-2), options)), (moved.Id, moved.DueOn));
        Assert.Equal(["created:draft", "redated:draft"], await HistoryAsync(moved.Id));
    }

    [Fact]
    public async Task A_child_placed_here_by_another_authority_gets_no_pep_from_us()
    {
        var arrived = new OutOfAreaChildArrived(Guid.NewGuid(), Derbyshire, "DBY-PEP", "Noor", "Placedhere", Year6Birthday,
            "C2", "U4", "DE1 1AA", Today.AddDays(-5), IsEmergency: false, null, false, DateTimeOffset.UtcNow);
        await PublishAsync(arrived);
        await WaitConsumedAsync("OutOfAreaChildArrivedConsumer", 1);
        await RecordSchoolAsync("100102", "Birch Primary");

        Assert.Equal(HttpStatusCode.Created, (await EnrolAsync(arrived.NotificationId, "100102", Today.AddDays(-3))).StatusCode);

        Assert.Empty(await PepsAsync(arrived.NotificationId));
    }

    [Fact]
    public async Task A_rebuild_that_finds_the_period_of_care_ended_closes_the_open_pep_as_the_missed_event_would()
    {
        var entered = await InCareAsync();
        var episode = new CareEpisodeSnapshot(entered.EnteredCareOn, Today.AddDays(-1), "S", "C2", "N1", "U4", null, null, null, Derby, false, null, "E13");
        var snapshot = new CareHistorySnapshot(entered.ChildId, "PEP-REBUILD", "Ava", "Pep", entered.DateOfBirth, "F", null, null, null, null, null, null,
            [new CarePeriodSnapshot(entered.PeriodOfCareId, entered.EnteredCareOn, Today.AddDays(-1), "E13", [episode])],
            IsLookedAfter: false, DateTimeOffset.UtcNow);

        await using (var scope = VirtualSchoolService.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<ICareHistorySnapshotHandler>()
                .ApplyAsync(snapshot, new RebuildRun(Guid.NewGuid(), Today, "spec"), CancellationToken.None);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var pep = Assert.Single(await PepsAsync(entered.ChildId));
        Assert.Equal(("closed", "left-care", Today.AddDays(-1)), (pep.Status, pep.CloseReason, pep.ClosedOn));
    }
}
