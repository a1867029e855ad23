extern alias HealthApi;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.Health.V1;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Google.Rpc;
using Grpc.Core;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using HealthDbContext = HealthApi::Health.Api.Infrastructure.HealthDbContext;
using HealthService = HealthApi::Health.Api.Grpc.HealthGrpcService;
using HealthSweep = HealthApi::Health.Api.Sweeps.HealthSweep;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// The health team's work over gRPC and REST, fed by Placements' events through the real broker: the assessment
/// lifecycle, reviews, leaving care, events out of order or twice, the overdue sweep with two instances, SDQs and the worklist.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class HealthAssessments_Specs(InfrastructureFixture fixture) : PlacementsAndHealthSpecs(fixture)
{
    private static readonly Metadata CaseSystem = TestTokens.GrpcAs(Roles.CaseSystem);
    private static readonly Metadata Nurse = TestTokens.GrpcAs(Roles.Health);
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<(string ChildId, CorporateParenting.Health.V1.HealthAssessment Iha)> EnterCareAsync(
        string reference, string on, string dateOfBirth = "2015-06-01")
    {
        var recorded = await Placements.RecordEntryToCareAsync(new RecordEntryToCareRequest
        {
            ClientRequestId = $"enter-{reference}", CaseReference = reference, GivenName = "Ana", FamilyName = reference,
            DateOfBirth = dateOfBirth, Sex = "F", EnteredCareOn = on, LegalStatus = "C2", CategoryOfNeed = "N1",
            PlacementType = "U6", PlacementProvider = "PR1", ProviderUrn = "SC000001", PlacementAuthorityCode = "E06000015",
        }, CaseSystem);
        var summary = await SummaryWhenAsync(recorded.ChildId, s => s.Assessments.Any(a => a.Kind == "INITIAL"), "the IHA");
        return (recorded.ChildId, summary.Assessments.Single(a => a.Kind == "INITIAL"));
    }

    private Task<HealthSummary> SummaryWhenAsync(string childId, Func<HealthSummary, bool> done, string what) =>
        Eventually.ReturnsAsync(async () => await HealthSummaryOrEmptyAsync(childId, Nurse), done, what);

    private async Task<CorporateParenting.Health.V1.HealthAssessment> RecordAsync(
        string requestId, string assessmentId, string evt, string on, string clinician = "", string role = "", string reason = "") =>
        await Health.RecordAssessmentEventAsync(new RecordAssessmentEventRequest
        {
            ClientRequestId = requestId, AssessmentId = assessmentId, Event = evt, OccurredOn = on,
            Clinician = clinician, ClinicianRole = role, Reason = reason,
        }, Nurse);

    private async Task<IReadOnlyList<string>> QueuedEventsAsync(ServiceFactory<HealthService>? instance = null)
    {
        await using var scope = (instance ?? HealthService).Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HealthDbContext>().Set<OutboxMessage>()
            .OrderBy(m => m.OccurredAt).Select(m => m.MessageType.Substring(m.MessageType.LastIndexOf('.') + 1)).ToListAsync();
    }

    private static async Task<StatusCode> RefusedAsync(Func<Task> call) => (await Assert.ThrowsAsync<RpcException>(call)).StatusCode;

    [Fact]
    public async Task An_iha_requested_booked_and_completed_by_a_doctor_opens_the_next_review_12_months_on_and_announces_each_step()
    {
        var (childId, iha) = await EnterCareAsync("LIFE-1", on: "2026-09-01");

        await RecordAsync("life-1-req", iha.AssessmentId, "REQUESTED", "2026-09-03");
        var booked = await RecordAsync("life-1-book", iha.AssessmentId, "BOOKED", "2026-09-20", clinician: "Dr Okafor");
        var completed = await RecordAsync("life-1-done", iha.AssessmentId, "COMPLETED", "2026-09-21", clinician: "Dr Okafor", role: "DOCTOR");

        Assert.Equal(("BOOKED", "2026-09-20"), (booked.Status, booked.AppointmentOn));
        Assert.Equal(("COMPLETED", "2026-09-21"), (completed.Status, completed.CompletedOn));
        var review = (await SummaryWhenAsync(childId, s => s.Assessments.Count == 2, "the review")).Assessments.Single(a => a.Kind == "REVIEW");
        Assert.Equal(("DUE", "2027-09-21"), (review.Status, review.DueOn)); // aged 11: 12 months
        Assert.Equal(["HealthAssessmentCompleted", "HealthAssessmentDue", "HealthAssessmentDue"], (await QueuedEventsAsync()).Order());
    }

    [Fact]
    public async Task A_child_under_5_on_the_day_of_the_assessment_is_reviewed_6_months_later()
    {
        var (childId, iha) = await EnterCareAsync("UNDER5", on: "2026-09-01", dateOfBirth: "2021-09-11");

        await RecordAsync("under5-done", iha.AssessmentId, "COMPLETED", "2026-09-10", clinician: "Dr Lee", role: "DOCTOR"); // 5th birthday the next day

        var review = (await SummaryWhenAsync(childId, s => s.Assessments.Count == 2, "the review")).Assessments.Single(a => a.Kind == "REVIEW");
        Assert.Equal("2027-03-10", review.DueOn);
    }

    [Fact]
    public async Task A_declined_iha_is_offered_again_as_a_review_at_the_usual_interval()
    {
        var (childId, iha) = await EnterCareAsync("DECLINE-1", on: "2026-09-01");

        var declined = await RecordAsync("decline-1", iha.AssessmentId, "DECLINED", "2026-09-10", reason: "Did not want a medical.");

        Assert.Equal(("DECLINED", "2026-09-10"), (declined.Status, declined.ClosedOn));
        var review = (await SummaryWhenAsync(childId, s => s.Assessments.Count == 2, "the review")).Assessments.Single(a => a.Kind == "REVIEW");
        Assert.Equal("2027-09-10", review.DueOn);
    }

    [Fact]
    public async Task An_iha_not_required_counts_the_next_review_from_the_earlier_assessment_which_cannot_predate_birth()
    {
        var (childId, iha) = await EnterCareAsync("NOT-REQ", on: "2026-09-01", dateOfBirth: "2026-07-20");
        var notRequired = new RecordAssessmentEventRequest { ClientRequestId = "not-req-1", AssessmentId = iha.AssessmentId, Event = "NOT_REQUIRED", PreviouslyAssessedOn = "2026-07-01" };

        var beforeBirth = await Assert.ThrowsAsync<RpcException>(() => Health.RecordAssessmentEventAsync(notRequired, Nurse).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, beforeBirth.StatusCode);
        notRequired.PreviouslyAssessedOn = "2026-08-10";
        Assert.Equal("NOT_REQUIRED", (await Health.RecordAssessmentEventAsync(notRequired, Nurse)).Status);

        var review = (await SummaryWhenAsync(childId, s => s.Assessments.Count == 2, "the review")).Assessments.Single(a => a.Kind == "REVIEW");
        Assert.Equal("2027-02-10", review.DueOn); // under 5: 6 months after the earlier assessment
    }

    [Fact]
    public async Task Steps_out_of_order_or_twice_are_refused_with_a_reason_and_a_retry_changes_nothing()
    {
        var (childId, iha) = await EnterCareAsync("ORDER-1", on: "2026-09-01");

        var byNurse = await Assert.ThrowsAsync<RpcException>(() => RecordAsync("o-nurse", iha.AssessmentId, "COMPLETED", "2026-09-10", "Nurse Ade", "NURSE"));
        Assert.Equal(StatusCode.FailedPrecondition, byNurse.StatusCode);
        Assert.Contains("doctor", byNurse.Status.Detail, StringComparison.OrdinalIgnoreCase);

        var first = await RecordAsync("o-done", iha.AssessmentId, "COMPLETED", "2026-09-10", "Dr Lee", "DOCTOR");
        var retried = await RecordAsync("o-done", iha.AssessmentId, "COMPLETED", "2026-09-10", "Dr Lee", "DOCTOR");
        Assert.Equal(first, retried);

        Assert.Equal(StatusCode.FailedPrecondition, await RefusedAsync(() => RecordAsync("o-again", iha.AssessmentId, "COMPLETED", "2026-09-11", "Dr Lee", "DOCTOR")));
        Assert.Equal(StatusCode.FailedPrecondition, await RefusedAsync(() => RecordAsync("o-book", iha.AssessmentId, "BOOKED", "2026-09-20", "Dr Lee")));
        Assert.Equal(StatusCode.AlreadyExists, await RefusedAsync(() => RecordAsync("o-done", Guid.NewGuid().ToString(), "REQUESTED", "2026-09-10")));
        Assert.Equal(StatusCode.NotFound, await RefusedAsync(() => RecordAsync("o-unknown", Guid.NewGuid().ToString(), "REQUESTED", "2026-09-10")));

        var summary = await Health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = childId }, Nurse);
        Assert.Equal(2, summary.Assessments.Count); // the IHA and one review
        Assert.Equal(1, (await QueuedEventsAsync()).Count(e => e == "HealthAssessmentCompleted"));
    }

    [Fact]
    public async Task An_invalid_event_names_every_bad_field()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => RecordAsync("", "not-a-guid", "FINISHED", "21/09/2026"));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var fields = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Order();
        Assert.Equal(["assessment_id", "client_request_id", "event", "occurred_on"], fields);
    }

    [Fact]
    public async Task Leaving_care_cancels_what_is_open_and_the_same_news_again_changes_nothing()
    {
        var (childId, _) = await EnterCareAsync("LEAVE-1", on: "2026-09-01");
        var child = await Placements.GetChildAsync(new GetChildRequest { ChildId = childId }, CaseSystem);

        await Placements.RecordCareEndedAsync(new RecordCareEndedRequest { ClientRequestId = "leave-1", ChildId = childId, EndedOn = "2026-09-15", ReasonCeased = "E4A" }, CaseSystem);
        var cancelled = await SummaryWhenAsync(childId, s => s.Assessments.All(a => a.Status == "CANCELLED"), "the IHA to be cancelled");
        await HealthService.Services.GetRequiredService<IBus>().Publish(new ChildLeftCare(Guid.Parse(childId), Guid.Parse(child.PeriodsOfCare[0].PeriodOfCareId),
            "Ana", "LEAVE-1", new DateOnly(2015, 6, 1), new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 15), "E4A", DateTimeOffset.UtcNow));
        await Task.Delay(TimeSpan.FromSeconds(1));

        var after = await Health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = childId }, Nurse);
        Assert.Equal(cancelled.Assessments, after.Assessments);
        Assert.Equal("2026-09-15", Assert.Single(after.Assessments).ClosedOn);
    }

    [Fact]
    public async Task An_end_of_care_that_arrives_before_its_start_stops_the_iha_being_opened()
    {
        var childId = Guid.NewGuid();
        var periodId = Guid.NewGuid();
        var bus = HealthService.Services.GetRequiredService<IBus>();
        var dateOfBirth = new DateOnly(2014, 3, 3);

        await bus.Publish(new ChildLeftCare(childId, periodId, "Eli", "Late", dateOfBirth, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 6), "E11", DateTimeOffset.UtcNow));
        await SummaryWhenAsync(childId.ToString(), s => s.FamilyName == "Late", "the end of care");
        await bus.Publish(new ChildEnteredCare(childId, periodId, "Eli", "Late", dateOfBirth, new DateOnly(2026, 10, 1), "C2", "N1", "U6", "E06000015", false, DateTimeOffset.UtcNow.AddMinutes(-5)));
        await Eventually.ReturnsAsync(QueuedInboxAsync, count => count >= 2, "both events consumed");

        Assert.Empty((await Health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = childId.ToString() }, Nurse)).Assessments);
    }

    private async Task<int> QueuedInboxAsync()
    {
        await using var scope = HealthService.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HealthDbContext>().Set<CorporateParenting.Messaging.Inbox.InboxMessage>().CountAsync();
    }

    [Fact]
    public async Task A_move_out_of_area_puts_open_items_on_the_out_of_area_worklist_with_the_same_deadline()
    {
        var (childId, iha) = await EnterCareAsync("MOVE-OUT", on: "2026-09-01");

        await Placements.RecordPlacementChangeAsync(new RecordPlacementChangeRequest
        {
            ClientRequestId = "move-out", ChildId = childId, ChangedOn = "2026-09-08", PlacementType = "K2", PlacementProvider = "PR4", ProviderUrn = "SC123456",
            PlacementPostcode = "S40 1AA", PlacementAuthorityCode = "E10000007", ReasonForChange = "CARPL",
        }, CaseSystem);

        var outOfArea = await Eventually.ReturnsAsync(
            async () => await Health.ListWorklistAsync(new ListWorklistRequest { Team = "out-of-area" }, Nurse),
            list => list.Items.Count == 1, "the IHA on the out-of-area worklist");
        Assert.Equal((iha.AssessmentId, iha.DueOn), (outOfArea.Items[0].Assessment.AssessmentId, outOfArea.Items[0].Assessment.DueOn));
        Assert.Empty((await Health.ListWorklistAsync(new ListWorklistRequest { Team = "in-area" }, Nurse)).Items);
    }

    [Fact]
    public async Task The_overdue_sweep_announces_each_item_once_even_with_two_instances_sweeping_at_once()
    {
        await EnterCareAsync("LATE-1", on: "2026-08-03");
        await EnterCareAsync("LATE-2", on: "2026-08-10");
        await EnterCareAsync("NOT-LATE", on: Today.AddDays(-1).ToString("yyyy-MM-dd"));
        var database = HealthService.Services.GetRequiredService<IConfiguration>().GetConnectionString(ResourceNames.HealthDb);
        await using var second = new ServiceFactory<HealthService>(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{ResourceNames.HealthDb}"] = database,
            [$"ConnectionStrings:{ResourceNames.Messaging}"] = Fixture.Infrastructure.RabbitMqUri.ToString(),
            ["Authentication:DevelopmentSigningKey"] = TestTokens.SigningKey,
        });
        await second.WaitUntilReadyAsync();

        async Task SweepAsync(IServiceProvider services)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<HealthSweep>().RunAsync(Today, CancellationToken.None);
        }
        await Task.WhenAll(Enumerable.Range(0, 4).SelectMany(_ => new[] { SweepAsync(HealthService.Services), SweepAsync(second.Services) }));
        await SweepAsync(second.Services);

        Assert.Equal(2, (await QueuedEventsAsync()).Count(e => e == "HealthAssessmentOverdue"));
        var overdue = await Health.ListWorklistAsync(new ListWorklistRequest { OverdueOnly = true }, Nurse);
        Assert.Equal(["LATE-1", "LATE-2"], overdue.Items.Select(i => i.FamilyName));
        Assert.All(overdue.Items, i => Assert.Equal(("RED", true), (i.Rag, i.DaysRemaining < 0)));
    }

    [Fact]
    public async Task The_worklist_is_in_deadline_order_with_days_remaining_and_rag_over_grpc_and_rest()
    {
        await EnterCareAsync("W-LATER", on: Today.AddDays(-1).ToString("yyyy-MM-dd"));
        await EnterCareAsync("W-OVERDUE", on: "2026-08-03");

        var items = (await Health.ListWorklistAsync(new ListWorklistRequest(), Nurse)).Items;
        Assert.Equal(["W-OVERDUE", "W-LATER"], items.Select(i => i.FamilyName));
        Assert.Equal(("RED", "GREEN"), (items[0].Rag, items[1].Rag));
        Assert.True(items[1].DaysRemaining > 20);
        var dueSoon = await Health.ListWorklistAsync(new ListWorklistRequest { DueWithinDays = 10 }, Nurse);
        Assert.Equal(["W-OVERDUE"], dueSoon.Items.Select(i => i.FamilyName));
        Assert.Equal(2, (await Health.ListWorklistAsync(new ListWorklistRequest { Kind = "INITIAL" }, Nurse)).Items.Count);
        Assert.Empty((await Health.ListWorklistAsync(new ListWorklistRequest { Kind = "REVIEW" }, Nurse)).Items);

        var nurse = HealthService.CreateClient(TestTokens.For(Roles.Health));
        var rest = await nurse.GetFromJsonAsync<JsonElement>("/api/worklist?overdueOnly=true");
        Assert.Equal("W-OVERDUE", Assert.Single(rest.GetProperty("items").EnumerateArray()).GetProperty("familyName").GetString());
        var bad = await nurse.GetAsync("/api/worklist?kind=XRAY&limit=5000&team=north");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["kind", "limit", "team"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task An_sdq_is_scored_stored_and_a_total_of_17_or_more_is_announced()
    {
        var (childId, _) = await EnterCareAsync("SDQ-1", on: "2026-09-01");
        // Every difficulty item 2 (reverse-scored ones 0) gives 10 on each of the four difficulty subscales; prosocial all 1.
        int[] reversed = [7, 11, 14, 21, 25];
        int[] prosocial = [1, 4, 9, 17, 20];
        var responses = Enumerable.Range(1, 25).Select(item => prosocial.Contains(item) ? 1 : reversed.Contains(item) ? 0 : 2).ToArray();
        responses[2] = -1; // item 3 unanswered: emotional prorated from 4 items

        var request = new SubmitSdqRequest
        {
            ClientRequestId = "sdq-1", ChildId = childId, CompletedOn = "2026-10-01", Informant = "CARER", Form = "AGES_4_TO_17", CompletedBy = "Foster carer",
        };
        request.Responses.AddRange(responses);
        var result = await Health.SubmitSdqAsync(request, Nurse);

        Assert.Equal((10, 10, 10, 10, 5), (result.Emotional, result.Conduct, result.Hyperactivity, result.PeerProblems, result.Prosocial));
        Assert.Equal((40, 20, 20, "CONCERN"), (result.TotalDifficulties, result.Externalising, result.Internalising, result.Band));
        Assert.Equal(result, await Health.SubmitSdqAsync(request, Nurse));
        Assert.Equal(1, (await QueuedEventsAsync()).Count(e => e == "SdqScored"));

        var invalid = new SubmitSdqRequest { ClientRequestId = "sdq-bad", ChildId = childId, CompletedOn = "2026-10-01", Informant = "AUNT", Form = "AGES_4_TO_17", CompletedBy = "Carer" };
        invalid.Responses.AddRange([3, .. Enumerable.Repeat(0, 23)]);
        var error = await Assert.ThrowsAsync<RpcException>(() => Health.SubmitSdqAsync(invalid, Nurse).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["informant", "responses", "responses[0]"], error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Order());
    }

    [Fact]
    public async Task A_young_person_past_17_and_a_half_gets_a_health_passport_item_from_the_sweep()
    {
        var (childId, _) = await EnterCareAsync("PASSPORT", on: "2026-10-01", dateOfBirth: "2009-02-01");

        await using (var scope = HealthService.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<HealthSweep>().RunAsync(Today, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<HealthSweep>().RunAsync(Today, CancellationToken.None);
        }

        var passport = Assert.Single((await Health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = childId }, Nurse)).Assessments, a => a.Kind == "HEALTH_PASSPORT");
        Assert.Equal("2027-01-31", passport.DueOn); // the day before the 18th birthday
    }

    [Fact]
    public async Task The_board_gets_oc2_health_measures_for_a_collection_year()
    {
        // Other specs of this class may leave children in the same year's cohort: the figures are compared with those before.
        var before = await Health.GetMeasuresAsync(new GetHealthMeasuresRequest { YearEnding = 2025 }, TestTokens.GrpcAs(Roles.Board));
        var (childId, iha) = await EnterCareAsync("OC2-1", on: "2024-01-08", dateOfBirth: "2014-05-05");
        await RecordAsync("oc2-iha", iha.AssessmentId, "COMPLETED", "2024-01-25", "Dr Lee", "DOCTOR");
        var review = (await SummaryWhenAsync(childId, s => s.Assessments.Count == 2, "the review")).Assessments.Single(a => a.Kind == "REVIEW");
        await RecordAsync("oc2-rha", review.AssessmentId, "COMPLETED", "2025-01-20", "Nurse Ade", "NURSE");

        var measures = await Health.GetMeasuresAsync(new GetHealthMeasuresRequest { YearEnding = 2025 }, TestTokens.GrpcAs(Roles.Board));

        Assert.Equal(before.Cohort + 1, measures.Cohort);
        Assert.Equal((before.HealthAssessments.Numerator + 1, before.HealthAssessments.Denominator + 1), (measures.HealthAssessments.Numerator, measures.HealthAssessments.Denominator));
        Assert.Equal(before.InitialAssessmentsOnTime.Denominator, measures.InitialAssessmentsOnTime.Denominator); // care began before the year
        Assert.Equal((before.ReviewAssessmentsOnTime.Numerator + 1, before.ReviewAssessmentsOnTime.Denominator + 1),
            (measures.ReviewAssessmentsOnTime.Numerator, measures.ReviewAssessmentsOnTime.Denominator));
        var invalid = await Assert.ThrowsAsync<RpcException>(() => Health.GetMeasuresAsync(new GetHealthMeasuresRequest { YearEnding = 25 }, TestTokens.GrpcAs(Roles.Board)).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
    }
}
