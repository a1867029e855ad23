using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Placements.Api.Commands;
using Placements.Api.Queries;

namespace Placements.Api.Grpc;

/// <summary>The <c>placements.v1.Placements</c> gRPC service: who may call each method, and the handler that does it.</summary>
public sealed class PlacementsGrpcService(
    RecordEntryToCareHandler recordEntryToCare,
    RecordPlacementChangeHandler recordPlacementChange,
    RecordLegalStatusChangeHandler recordLegalStatusChange,
    RecordCareEndedHandler recordCareEnded,
    AllocateSocialWorkerHandler allocateSocialWorker,
    RecordMissingEpisodeHandler recordMissingEpisode,
    CorrectRecordHandler correctRecord,
    GetMeasuresHandler getMeasures,
    GetChildHandler getChild,
    ListChildrenHandler listChildren,
    StreamCareHistoriesHandler streamCareHistories,
    StreamReturnHandler streamReturn)
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
    public override Task<CareCommandResponse> RecordMissingEpisode(RecordMissingEpisodeRequest request, ServerCallContext context) =>
        recordMissingEpisode.HandleAsync(request, context.CancellationToken);

    [Authorize(Policy = Policies.CaseSystem)]
    public override Task<CareCommandResponse> CorrectRecord(CorrectRecordRequest request, ServerCallContext context) =>
        correctRecord.HandleAsync(request, context.CancellationToken);

    [Authorize(Policy = Policies.ReadAggregates)]
    public override Task<Measures> GetMeasures(GetMeasuresRequest request, ServerCallContext context) =>
        getMeasures.HandleAsync(request, context.CancellationToken);

    [Authorize(Policy = Policies.ReadAggregates)]
    public override Task<MeasuresSeries> GetMeasuresSeries(GetMeasuresSeriesRequest request, ServerCallContext context) =>
        getMeasures.HandleSeriesAsync(request, context.CancellationToken);

    [Authorize(Policy = Policies.ReadChildRegister)]
    public override Task<ChildRecord> GetChild(GetChildRequest request, ServerCallContext context) =>
        getChild.HandleAsync(request, context.CancellationToken);

    [Authorize(Policy = Policies.ReadChildRegister)]
    public override Task ListChildren(ListChildrenRequest request, IServerStreamWriter<ChildSummary> responseStream, ServerCallContext context) =>
        listChildren.HandleAsync(request, responseStream, context.CancellationToken);

    [Authorize(Policy = Policies.ServiceRead)]
    public override Task StreamCareHistories(StreamCareHistoriesRequest request, IServerStreamWriter<CareHistorySnapshot> responseStream, ServerCallContext context) =>
        streamCareHistories.HandleAsync(request, responseStream, context.CancellationToken);

    [Authorize(Policy = Policies.ProduceReturns)]
    public override Task StreamReturn(StreamReturnRequest request, IServerStreamWriter<ReturnChild> responseStream, ServerCallContext context) =>
        streamReturn.HandleAsync(request, responseStream, context.CancellationToken);
}
