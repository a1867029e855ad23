using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.Contracts.Notifications;
using CorporateParenting.Health.V1;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Grpc.Core;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// Children other authorities placed in our area, as the Notifications service will announce them: our health team
/// does the reviews the placing authority asks for, and each one completed is charged to that authority.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ChildrenPlacedHere_Specs(InfrastructureFixture fixture) : PlacementsAndHealthSpecs(fixture)
{
    private const string Derbyshire = "E10000007";
    private static readonly Metadata Nurse = TestTokens.GrpcAs(Roles.Health);

    private static OutOfAreaChildArrived Arrived(string reference, bool reviewsRequested = true, DateOnly? lastAssessment = null) => new(
        Guid.NewGuid(), Derbyshire, reference, "Noor", reference, new DateOnly(2016, 4, 4), "C2", "U4", "DE1 1AA",
        new DateOnly(2026, 10, 5), IsEmergency: false, lastAssessment, reviewsRequested, DateTimeOffset.UtcNow);

    private async Task<WorklistItem> PlacedHereItemAsync(string familyName) =>
        (await Eventually.ReturnsAsync(
            async () => await Health.ListWorklistAsync(new ListWorklistRequest { Team = "placed-here" }, Nurse),
            list => list.Items.Any(i => i.FamilyName == familyName), $"{familyName} on the placed-here worklist"))
        .Items.Single(i => i.FamilyName == familyName);

    [Fact]
    public async Task A_requested_review_is_due_by_convention_4_and_each_completed_one_is_charged_once_to_the_placing_authority()
    {
        var bus = HealthService.Services.GetRequiredService<IBus>();
        await bus.Publish(Arrived("DBY-77", lastAssessment: new DateOnly(2026, 3, 16)));
        var item = await PlacedHereItemAsync("DBY-77");
        Assert.Equal(("REVIEW", "2027-03-16"), (item.Assessment.Kind, item.Assessment.DueOn)); // aged 9: 12 months

        var complete = new RecordAssessmentEventRequest
        {
            ClientRequestId = "dby-77-rha", AssessmentId = item.Assessment.AssessmentId, Event = "COMPLETED", OccurredOn = "2026-11-02",
            Clinician = "Nurse Ade", ClinicianRole = "NURSE",
        };
        await Health.RecordAssessmentEventAsync(complete, Nurse);
        await Health.RecordAssessmentEventAsync(complete, Nurse);

        var nurse = HealthService.CreateClient(TestTokens.For(Roles.Health));
        var statement = await nurse.GetFromJsonAsync<JsonElement>($"/api/charges?authority={Derbyshire}&from=2026-04-01&to=2027-03-31");
        Assert.Equal(350.00m, statement.GetProperty("total").GetDecimal());
        var charge = Assert.Single(statement.GetProperty("items").EnumerateArray());
        Assert.Equal("2026-11-02", charge.GetProperty("completedOn").GetString());
        Assert.Empty((await nurse.GetFromJsonAsync<JsonElement>("/api/charges?authority=E10000016&from=2026-04-01&to=2027-03-31")).GetProperty("items").EnumerateArray());
        Assert.Empty((await Health.ListWorklistAsync(new ListWorklistRequest { Team = "placed-here" }, Nurse)).Items); // next review only on request
        var board = await Health.GetMeasuresAsync(new GetHealthMeasuresRequest { YearEnding = 2027 }, TestTokens.GrpcAs(Roles.Board));
        Assert.Equal(0, board.ReviewAssessmentsOnTime.Denominator); // theirs to report, not ours

        var bad = await nurse.GetAsync("/api/charges?authority=Derbyshire&from=2027-04-01&to=2026-04-01");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["authority", "to"], (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task Without_a_request_nothing_is_opened_and_a_departure_cancels_what_is_open()
    {
        var bus = HealthService.Services.GetRequiredService<IBus>();
        await bus.Publish(Arrived("DBY-NO-REQUEST", reviewsRequested: false));
        var arrived = Arrived("DBY-LEAVES");
        await bus.Publish(arrived);
        var item = await PlacedHereItemAsync("DBY-LEAVES");
        Assert.Equal("2026-11-02", item.Assessment.DueOn); // no earlier assessment given: 20 working days after arrival

        await bus.Publish(new OutOfAreaChildDeparted(arrived.NotificationId, Derbyshire, "DBY-LEAVES", new DateOnly(2026, 10, 20), DateTimeOffset.UtcNow));

        await Eventually.ReturnsAsync(
            async () => await Health.ListWorklistAsync(new ListWorklistRequest { Team = "placed-here" }, Nurse),
            list => list.Items.Count == 0, "the review to be cancelled");
        var summary = await Health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = item.Assessment.ChildId }, Nurse);
        Assert.Equal(("CANCELLED", "2026-10-20"), (summary.Assessments[0].Status, summary.Assessments[0].ClosedOn));
    }
}
