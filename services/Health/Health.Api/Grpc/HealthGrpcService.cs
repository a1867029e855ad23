using CorporateParenting.Audit;
using CorporateParenting.Calendar;
using CorporateParenting.Health.V1;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using Grpc.Core;
using Health.Api.Commands;
using Health.Api.Queries;
using Microsoft.AspNetCore.Authorization;

namespace Health.Api.Grpc;

/// <summary>health.v1: each rpc checks its request, calls its handler and answers in health.v1 messages.</summary>
public sealed class HealthGrpcService(
    IAuditTrail audit, RecordAssessmentEventHandler recordAssessmentEvent, RecordHealthCheckHandler recordHealthCheck, SubmitSdqHandler submitSdq,
    GetHealthSummaryHandler healthSummary, ListWorklistHandler worklist, GetMeasuresHandler measures, StreamOc2Handler oc2, TimeProvider clock)
    : CorporateParenting.Health.V1.Health.HealthBase
{
    [Authorize(Policy = Policies.ReadHealthRecords)]
    public override async Task<HealthSummary> GetHealthSummary(GetHealthSummaryRequest request, ServerCallContext context)
    {
        var childId = GetHealthSummaryQuery.ChildIdOf(request);
        var (known, summary) = await healthSummary.HandleAsync(childId, context.CancellationToken);
        if (!known)
        {
            throw new NotFoundException("Child", childId);
        }
        await audit.RecordAsync(new AuditEntry("health.v1.Health/GetHealthSummary", "health-assessment", childId), context.CancellationToken);
        return summary;
    }

    [Authorize(Policy = Policies.ReadHealthRecords)]
    public override async Task<Worklist> ListWorklist(ListWorklistRequest request, ServerCallContext context)
    {
        var filter = WorklistFilter.From(request.OverdueOnly, request.DueWithinDays, request.Kind, request.Team, request.Limit);
        var today = Today;
        var entries = await worklist.ListAsync(filter, today, context.CancellationToken);
        await audit.RecordAsync(
            new AuditEntry("health.v1.Health/ListWorklist", "health-assessment", null, $"{entries.Count} items"), context.CancellationToken);
        return HealthMessages.Of(today, entries);
    }

    [Authorize(Policy = Policies.WriteHealthRecords)]
    public override async Task<HealthAssessment> RecordAssessmentEvent(RecordAssessmentEventRequest request, ServerCallContext context)
    {
        var command = RecordAssessmentEventCommand.From(request, Caller(context), clock.GetUtcNow());
        return HealthMessages.Of(await recordAssessmentEvent.HandleAsync(command, context.CancellationToken));
    }

    [Authorize(Policy = Policies.WriteHealthRecords)]
    public override async Task<HealthAssessment> RecordHealthCheck(RecordHealthCheckRequest request, ServerCallContext context)
    {
        var command = RecordHealthCheckCommand.From(request, Caller(context), clock.GetUtcNow());
        return HealthMessages.Of(await recordHealthCheck.HandleAsync(command, context.CancellationToken));
    }

    [Authorize(Policy = Policies.WriteHealthRecords)]
    public override async Task<SdqResult> SubmitSdq(SubmitSdqRequest request, ServerCallContext context) =>
        HealthMessages.Of(await submitSdq.HandleAsync(SubmitSdqCommand.From(request, Today), context.CancellationToken));

    [Authorize(Policy = Policies.ReadAggregates)]
    public override async Task<HealthMeasures> GetMeasures(GetHealthMeasuresRequest request, ServerCallContext context)
    {
        var year = GetMeasuresQuery.From(request.YearEnding);
        return HealthMessages.Of(request.YearEnding, await measures.HandleAsync(year, context.CancellationToken));
    }

    [Authorize(Policy = Policies.ProduceReturns)]
    public override Task StreamOc2(StreamOc2Request request, IServerStreamWriter<Oc2Child> responseStream, ServerCallContext context) =>
        oc2.HandleAsync(request, responseStream, context.CancellationToken);

    private DateOnly Today => clock.Today();

    private static string Caller(ServerCallContext context) =>
        PlatformClaims.SubjectOf(context.GetHttpContext().User);
}
