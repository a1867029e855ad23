using CorporateParenting.Audit;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Placements.Api.Commands;
using Placements.Api.Queries;

namespace Placements.Api.Grpc;

public sealed class PlacementsGrpcService(
    RecordEntryToCareHandler recordEntryToCare,
    RecordPlacementChangeHandler recordPlacementChange,
    RecordLegalStatusChangeHandler recordLegalStatusChange,
    RecordCareEndedHandler recordCareEnded,
    AllocateSocialWorkerHandler allocateSocialWorker,
    CorrectRecordHandler correctRecord,
    PlacementMeasuresQuery measures,
    ChildRegisterQuery register,
    IAuditTrail audit,
    TimeProvider clock)
    : CorporateParenting.Placements.V1.Placements.PlacementsBase
{
    [Authorize(Policy = Policies.CaseSystem)]
    public override Task<CareCommandResponse> RecordEntryToCare(RecordEntryToCareRequest request, ServerCallContext context) =>
        recordEntryToCare.HandleAsync(request, context.CancellationToken);

    [Authorize(Policy = Policies.CaseSystem)]
    public override Task<CareCommandResponse> RecordPlacementChange(RecordPlacementChangeRequest request, ServerCallContext context) =>
        recordPlacementChange.HandleAsync(request, context.CancellationToken);

    [Authorize(Policy = Policies.CaseSystem)]
    public override Task<CareCommandResponse> RecordLegalStatusChange(RecordLegalStatusChangeRequest request, ServerCallContext context) =>
        recordLegalStatusChange.HandleAsync(request, context.CancellationToken);

    [Authorize(Policy = Policies.CaseSystem)]
    public override Task<CareCommandResponse> RecordCareEnded(RecordCareEndedRequest request, ServerCallContext context) =>
        recordCareEnded.HandleAsync(request, context.CancellationToken);

    [Authorize(Policy = Policies.CaseSystem)]
    public override Task<CareCommandResponse> AllocateSocialWorker(AllocateSocialWorkerRequest request, ServerCallContext context) =>
        allocateSocialWorker.HandleAsync(request, context.CancellationToken);

    [Authorize(Policy = Policies.CaseSystem)]
    public override Task<CareCommandResponse> CorrectRecord(CorrectRecordRequest request, ServerCallContext context) =>
        correctRecord.HandleAsync(request, context.CancellationToken);

    [Authorize(Policy = Policies.ReadAggregates)]
    public override async Task<Measures> GetMeasures(GetMeasuresRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var asAt = string.IsNullOrEmpty(request.AsAt) ? Today : errors.RequiredDate("as_at", request.AsAt);
        DateOnly? periodStart = string.IsNullOrEmpty(request.PeriodStart) ? null : errors.RequiredDate("period_start", request.PeriodStart);
        if (periodStart > asAt)
        {
            errors.Add("period_start", "must be on or before as_at.");
        }
        errors.ThrowIfAny();

        var (figures, parameters) = await measures.CalculateAsync(asAt, periodStart, context.CancellationToken);
        return MeasuresMessages.Of(figures, parameters);
    }

    [Authorize(Policy = Policies.ReadChildRegister)]
    public override async Task<ChildRecord> GetChild(GetChildRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        var childId = errors.RequiredGuid("child_id", request.ChildId);
        errors.ThrowIfAny();

        var child = await register.CareHistoryAsync(childId, context.CancellationToken) ?? throw new NotFoundException("Child", childId);
        await audit.RecordAsync(new AuditEntry("placements.v1.Placements/GetChild", "child", childId), context.CancellationToken);
        return ChildRecords.Of(child);
    }

    [Authorize(Policy = Policies.ReadChildRegister)]
    public override async Task ListChildren(ListChildrenRequest request, IServerStreamWriter<ChildSummary> responseStream, ServerCallContext context)
    {
        var errors = new FieldErrors();
        bool? outOfArea = request.Area switch
        {
            "" => null,
            "OUT_OF_AREA" => true,
            "IN_AREA" => false,
            _ => Invalid(errors, "area", "must be OUT_OF_AREA, IN_AREA or blank."),
        };
        var filter = RegisterFilter.Parse(errors, request.LookedAfterOn, request.PlacementType, outOfArea, Today);
        errors.ThrowIfAny();

        await audit.RecordAsync(new AuditEntry("placements.v1.Placements/ListChildren", "child", null), context.CancellationToken);
        await foreach (var child in register.LookedAfterOn(filter).AsAsyncEnumerable().WithCancellation(context.CancellationToken))
        {
            await responseStream.WriteAsync(ChildRecords.SummaryOf(child), context.CancellationToken);
        }
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static bool? Invalid(FieldErrors errors, string field, string reason)
    {
        errors.Add(field, reason);
        return null;
    }
}
