using CorporateParenting.Health.V1;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Grpc.Core;

namespace CorporateParenting.EndToEndTests;

/// <summary>Dental, optical, hearing and immunisation checks recorded with their dates, and when the next SDQ is due.</summary>
[Collection(PlatformCollection.Name)]
public sealed class HealthChecks_Specs(InfrastructureFixture fixture) : PlacementsAndHealthSpecs(fixture)
{
    private static readonly Metadata Nurse = TestTokens.GrpcAs(Roles.Health);

    private async Task<string> EnterCareAsync(string reference, string on, string dateOfBirth)
    {
        var recorded = await Placements.RecordEntryToCareAsync(new RecordEntryToCareRequest
        {
            ClientRequestId = $"enter-{reference}", CaseReference = reference, GivenName = "Ola", FamilyName = reference,
            DateOfBirth = dateOfBirth, Sex = "M", EnteredCareOn = on, LegalStatus = "C2", CategoryOfNeed = "N1",
            PlacementType = "U6", PlacementProvider = "PR1", ProviderUrn = "SC000001", PlacementAuthorityCode = "E06000015",
        }, TestTokens.GrpcAs(Roles.CaseSystem));
        await Eventually.ReturnsAsync(async () => await HealthSummaryOrEmptyAsync(recorded.ChildId, Nurse),
            s => s.Assessments.Count > 0, "the child to reach Health");
        return recorded.ChildId;
    }

    private static RecordHealthCheckRequest Check(string requestId, string childId, string kind, string on, string role, bool upToDate = false) => new()
    {
        ClientRequestId = requestId, ChildId = childId, Kind = kind, CheckedOn = on, CheckedBy = "A. Clinician", ClinicianRole = role,
        ImmunisationsUpToDate = upToDate,
    };

    [Fact]
    public async Task Checks_are_recorded_with_their_dates_once_however_often_retried_and_a_dental_check_needs_a_dentist()
    {
        var childId = await EnterCareAsync("CHECKS", on: "2026-09-01", dateOfBirth: "2015-06-01");

        var dental = await Health.RecordHealthCheckAsync(Check("dental-1", childId, "DENTAL", "2026-09-14", "DENTIST"), Nurse);
        Assert.Equal(dental, await Health.RecordHealthCheckAsync(Check("dental-1", childId, "DENTAL", "2026-09-14", "DENTIST"), Nurse));
        var immunisations = await Health.RecordHealthCheckAsync(Check("imms-1", childId, "IMMUNISATIONS", "2026-09-20", "NURSE", upToDate: true), Nurse);
        await Health.RecordHealthCheckAsync(Check("eyes-1", childId, "OPTICAL", "2026-10-02", "OPTOMETRIST"), Nurse);

        Assert.Equal(("COMPLETED", "2026-09-14"), (dental.Status, dental.CompletedOn));
        Assert.True(immunisations.ImmunisationsUpToDate);
        var byNurse = await Assert.ThrowsAsync<RpcException>(() => Health.RecordHealthCheckAsync(Check("dental-2", childId, "DENTAL", "2026-09-15", "NURSE"), Nurse).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, byNurse.StatusCode);
        var notACheck = await Assert.ThrowsAsync<RpcException>(() => Health.RecordHealthCheckAsync(Check("iha-as-check", childId, "INITIAL", "2099-01-01", "DOCTOR"), Nurse).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, notACheck.StatusCode);
        // Next week: plausible as a date, so the domain's "not yet happened" rule answers (2099 is refused as implausible, docs/input.md §2).
        var nextWeek = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7).ToString("yyyy-MM-dd");
        var future = await Assert.ThrowsAsync<RpcException>(() => Health.RecordHealthCheckAsync(Check("hearing-future", childId, "HEARING", nextWeek, "AUDIOLOGIST"), Nurse).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, future.StatusCode);

        var summary = await Health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = childId }, Nurse);
        Assert.Equal(["DENTAL", "IMMUNISATIONS", "INITIAL", "OPTICAL"], summary.Assessments.Select(a => a.Kind).Order());
    }

    [Fact]
    public async Task The_next_sdq_is_due_on_entering_care_then_a_year_after_the_last_carer_sdq()
    {
        var childId = await EnterCareAsync("SDQ-DUE", on: "2026-09-01", dateOfBirth: "2015-06-01");
        Assert.Equal("2026-09-01", (await Health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = childId }, Nurse)).SdqDueOn);

        var sdq = new SubmitSdqRequest { ClientRequestId = "sdq-due-1", ChildId = childId, CompletedOn = "2026-10-05", Informant = "CARER", Form = "AGES_4_TO_17", CompletedBy = "Carer" };
        sdq.Responses.AddRange(Enumerable.Repeat(1, 25));
        await Health.SubmitSdqAsync(sdq, Nurse);

        Assert.Equal("2027-10-05", (await Health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = childId }, Nurse)).SdqDueOn);
    }
}
