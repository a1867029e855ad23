using CorporateParenting.Health.V1;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Google.Rpc;
using Grpc.Core;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// The first slice over real PostgreSQL and RabbitMQ: a case system records an entry to care in Placements,
/// the event travels through the outbox and the broker, and Health opens the Initial Health Assessment.
/// Both services are driven only through their public gRPC APIs.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class EntryToCareSlice_Specs(InfrastructureFixture fixture) : PlacementsAndHealthSpecs(fixture)
{
    private static readonly Metadata CaseSystem = TestTokens.GrpcAs(Roles.CaseSystem);
    private static readonly Metadata Nurse = TestTokens.GrpcAs(Roles.Health);

    [Fact]
    public async Task Entry_to_care_opens_an_initial_health_assessment_due_20_working_days_later()
    {
        var recorded = await Placements.RecordEntryToCareAsync(EntryToCare("req-1", "CASE-1", enteredCareOn: "2025-12-15"), CaseSystem);

        var summary = await WaitForAssessmentsAsync(recorded.ChildId, count: 1);

        var iha = Assert.Single(summary.Assessments);
        Assert.Equal("INITIAL", iha.Kind);
        Assert.Equal("DUE", iha.Status);
        Assert.Equal("2025-12-15", iha.LookedAfterSince);
        Assert.Equal("2026-01-15", iha.DueOn); // 25, 26 Dec and 1 Jan skipped
        Assert.Equal("2025-12-22", iha.RequestToProviderDueOn);
    }

    [Fact]
    public async Task Recording_an_entry_and_reading_the_childs_records_leave_audit_rows_in_each_service()
    {
        var recorded = await Placements.RecordEntryToCareAsync(EntryToCare("req-audit", "CASE-AUDIT", enteredCareOn: "2026-01-05"), CaseSystem);
        await Placements.GetChildAsync(new GetChildRequest { ChildId = recorded.ChildId }, CaseSystem);
        await WaitForAssessmentsAsync(recorded.ChildId, count: 1);

        var admin = TestTokens.For(Roles.Admin);
        var placementsRows = await PlacementsService.CreateClient(admin).GetStringAsync($"/api/audit/records?childId={recorded.ChildId}");
        var healthRows = await HealthService.CreateClient(admin).GetStringAsync($"/api/audit/records?childId={recorded.ChildId}");

        Assert.Contains("placements.v1.Placements/RecordEntryToCare", placementsRows);
        Assert.Contains("placements.v1.Placements/GetChild", placementsRows);
        Assert.Contains("ChildEnteredCare consumed", healthRows);     // the change Health made on its own
        Assert.Contains("health.v1.Health/GetHealthSummary", healthRows); // the nurse's read while waiting
        Assert.Contains("\"roles\":\"health\"", healthRows);
        Assert.Contains("\"isIntact\":true", await HealthService.CreateClient(admin).GetStringAsync("/api/audit/verification"));
    }

    [Fact]
    public async Task A_retried_command_returns_the_first_result_and_opens_one_assessment()
    {
        var first = await Placements.RecordEntryToCareAsync(EntryToCare("req-retry", "CASE-RETRY", enteredCareOn: "2026-08-28"), CaseSystem);
        var retry = await Placements.RecordEntryToCareAsync(EntryToCare("req-retry", "CASE-RETRY", enteredCareOn: "2026-08-28"), CaseSystem);

        Assert.Equal(first.ChildId, retry.ChildId);
        Assert.Equal(first.PeriodOfCareId, retry.PeriodOfCareId);
        await PlacementsService.Outbox.DispatchPendingAsync();
        var summary = await WaitForAssessmentsAsync(first.ChildId, count: 1);
        Assert.Equal("2026-09-28", Assert.Single(summary.Assessments).DueOn); // summer bank holiday Mon 31 Aug skipped
    }

    [Fact]
    public async Task Simultaneous_retries_of_one_command_all_get_the_first_result()
    {
        var calls = Enumerable.Range(0, 5)
            .Select(_ => Placements.RecordEntryToCareAsync(EntryToCare("req-race", "CASE-RACE", enteredCareOn: "2026-03-02"), CaseSystem).ResponseAsync);

        var results = await Task.WhenAll(calls);

        Assert.Single(results.Select(r => r.PeriodOfCareId).Distinct());
        var child = await Placements.GetChildAsync(new GetChildRequest { ChildId = results[0].ChildId }, CaseSystem);
        Assert.Single(child.PeriodsOfCare);
    }

    [Fact]
    public async Task Invalid_entry_is_refused_with_every_bad_field_named_and_nothing_stored()
    {
        var request = EntryToCare("req-bad", "CASE-BAD", enteredCareOn: "15/12/2025");
        request.LegalStatus = "XX";
        request.Sex = "1";

        var error = await Assert.ThrowsAsync<RpcException>(() => Placements.RecordEntryToCareAsync(request, CaseSystem).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var badRequest = error.GetRpcStatus()!.GetDetail<BadRequest>();
        Assert.Equal(["entered_care_on", "legal_status", "sex"], badRequest.FieldViolations.Select(v => v.Field).Order());
        var retryWithGoodData = await Placements.RecordEntryToCareAsync(EntryToCare("req-bad", "CASE-BAD", enteredCareOn: "2026-01-05"), CaseSystem);
        Assert.NotEmpty(retryWithGoodData.ChildId);
    }

    [Fact]
    public async Task Entering_care_while_already_looked_after_is_a_failed_precondition()
    {
        await Placements.RecordEntryToCareAsync(EntryToCare("req-a", "CASE-TWICE", enteredCareOn: "2026-02-02"), CaseSystem);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Placements.RecordEntryToCareAsync(EntryToCare("req-b", "CASE-TWICE", enteredCareOn: "2026-03-02"), CaseSystem).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("already looked after (since", error.Status.Detail);
        Assert.Contains("record a change of placement or legal status instead", error.Status.Detail);
    }

    [Fact]
    public async Task Health_summary_of_an_unknown_child_is_not_found_and_a_malformed_id_is_invalid()
    {
        // Tracker issue 12: NotFound over gRPC, as the REST route answers 404 (it was an empty summary).
        var unknown = await Assert.ThrowsAsync<RpcException>(() =>
            Health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = Guid.NewGuid().ToString() }, Nurse).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = "not-a-guid" }, Nurse).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    private async Task<HealthSummary> WaitForAssessmentsAsync(string childId, int count) =>
        await Eventually.ReturnsAsync(
            async () => await HealthSummaryOrEmptyAsync(childId, Nurse),
            summary => summary.Assessments.Count >= count,
            $"{count} health assessment(s) for child {childId}");

    private static RecordEntryToCareRequest EntryToCare(string requestId, string caseReference, string enteredCareOn) => new()
    {
        ClientRequestId = requestId,
        CaseReference = caseReference,
        GivenName = "Sam",
        FamilyName = "Taylor",
        DateOfBirth = "2015-06-01",
        Sex = "M",
        EnteredCareOn = enteredCareOn,
        LegalStatus = "C2",
        CategoryOfNeed = "N1",
        PlacementType = "U6",
        PlacementAuthorityCode = "E06000015",
        PlacementProvider = "PR1", ProviderUrn = "SC000001",
    };
}
