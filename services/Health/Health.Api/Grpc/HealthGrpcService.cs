using CorporateParenting.Audit;
using CorporateParenting.Health.V1;
using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Grpc.Core;
using Health.Api.Application;
using Health.Api.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Grpc;

public sealed class HealthGrpcService(
    HealthDbContext db, IAuditTrail audit, AssessmentRecorder recorder, SdqSubmissions sdqs, WorklistQuery worklist,
    HealthMeasuresQuery measures, TimeProvider clock) : CorporateParenting.Health.V1.Health.HealthBase
{
    [Authorize(Policy = Policies.ReadHealthRecords)]
    public override async Task<HealthSummary> GetHealthSummary(GetHealthSummaryRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var childId = errors.RequiredGuid("child_id", request.ChildId);
        errors.ThrowIfAny();

        var (_, summary) = await HealthSummaries.ReadAsync(db, childId, context.CancellationToken);
        await audit.RecordAsync(new AuditEntry("health.v1.Health/GetHealthSummary", "health-assessment", childId), context.CancellationToken);
        return summary;
    }

    [Authorize(Policy = Policies.ReadHealthRecords)]
    public override async Task<Worklist> ListWorklist(ListWorklistRequest request, ServerCallContext context)
    {
        var filter = HealthRequests.WorklistOf(request.OverdueOnly, request.DueWithinDays, request.Kind, request.Team, request.Limit);
        var today = Today;
        var entries = await worklist.ListAsync(filter, today, context.CancellationToken);
        await audit.RecordAsync(
            new AuditEntry("health.v1.Health/ListWorklist", "health-assessment", null, $"{entries.Count} items"), context.CancellationToken);
        var result = new Worklist { Today = today.ToString("yyyy-MM-dd") };
        result.Items.AddRange(entries.Select(HealthMessages.Of));
        return result;
    }

    [Authorize(Policy = Policies.WriteHealthRecords)]
    public override async Task<CorporateParenting.Health.V1.HealthAssessment> RecordAssessmentEvent(
        RecordAssessmentEventRequest request, ServerCallContext context)
    {
        var (assessmentId, recorded) = HealthRequests.EventOf(request, Caller(context), clock.GetUtcNow());
        return HealthMessages.Of(await recorder.RecordAsync(assessmentId, recorded, context.CancellationToken));
    }

    [Authorize(Policy = Policies.WriteHealthRecords)]
    public override async Task<CorporateParenting.Health.V1.HealthAssessment> RecordHealthCheck(RecordHealthCheckRequest request, ServerCallContext context)
    {
        var (childId, kind, completed, upToDate) = HealthRequests.CheckOf(request, Caller(context), clock.GetUtcNow());
        return HealthMessages.Of(await recorder.RecordCheckAsync(childId, kind, completed, upToDate, context.CancellationToken));
    }

    [Authorize(Policy = Policies.WriteHealthRecords)]
    public override async Task<SdqResult> SubmitSdq(SubmitSdqRequest request, ServerCallContext context)
    {
        var (clientRequestId, childId, questionnaire) = HealthRequests.SdqOf(request);
        return HealthMessages.Of(await sdqs.SubmitAsync(clientRequestId, childId, questionnaire, context.CancellationToken));
    }

    [Authorize(Policy = Policies.ReadAggregates)]
    public override async Task<HealthMeasures> GetMeasures(GetHealthMeasuresRequest request, ServerCallContext context)
    {
        if (request.YearEnding is < 2000 or > 2100)
        {
            var errors = new FieldErrors();
            errors.Add("year_ending", "must be the year the collection year ends in, e.g. 2026 for April 2025 to March 2026.");
            errors.ThrowIfAny();
        }
        var figures = await measures.CalculateAsync(new CollectionYear(request.YearEnding), context.CancellationToken);
        return HealthMessages.Of(request.YearEnding, figures);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static string Caller(ServerCallContext context) =>
        context.GetHttpContext().User.FindFirst(PlatformClaims.Subject)?.Value ?? "unknown";
}
