using System.Runtime.CompilerServices;
using CorporateParenting.Placements.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.ClientFactory;

namespace CorporateParenting.ReadModels;

/// <summary>
/// <see cref="ICareHistorySource"/> over gRPC: one server stream per read, authorised with this service's own token
/// (role <c>service</c>). No deadline and no retries here: a caseload takes minutes to stream, and the runner resumes a
/// broken read after the last child it applied.
/// </summary>
internal sealed class PlacementsCareHistorySource(GrpcClientFactory clients, IServiceTokenSource tokens) : ICareHistorySource
{
    public async IAsyncEnumerable<CareHistorySnapshot> ReadAsync(
        DateTimeOffset? changedSince, Guid? afterChildId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new StreamCareHistoriesRequest
        {
            ChangedSince = changedSince is { } since ? Timestamp.FromDateTimeOffset(since) : null,
            AfterChildId = afterChildId?.ToString() ?? string.Empty,
        };
        var headers = new Metadata { { "Authorization", $"Bearer {await tokens.GetTokenAsync(cancellationToken)}" } };
        var placements = clients.CreateClient<CorporateParenting.Placements.V1.Placements.PlacementsClient>(ReadModelExtensions.PlacementsClientName);
        using var call = placements.StreamCareHistories(request, headers, cancellationToken: cancellationToken);
        await foreach (var snapshot in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            yield return CareHistorySnapshots.From(snapshot);
        }
    }
}
