using CorporateParenting.Health.V1;
using CorporateParenting.LeavingCare.V1;
using CorporateParenting.Placements.V1;
using CorporateParenting.Reporting;
using Grpc.Core;
using Grpc.Net.ClientFactory;

namespace Reporting.Api.Sources;

/// <summary>The return's tables as the services that own them stream them, each read under the caller's own token.</summary>
public sealed class ReturnSources(GrpcClientFactory clients)
{
    private readonly Placements.PlacementsClient _placements = clients.CreateClient<Placements.PlacementsClient>(ReturnSourcesExtensions.PlacementsClientName);
    private readonly Health.HealthClient _health = clients.CreateClient<Health.HealthClient>(ReturnSourcesExtensions.HealthClientName);
    private readonly LeavingCare.LeavingCareClient _leavingCare = clients.CreateClient<LeavingCare.LeavingCareClient>(ReturnSourcesExtensions.LeavingCareClientName);

    /// <summary>Leaving Care's OC3 rows of the year (one unary call: a year's care leavers are hundreds, not thousands).</summary>
    public async Task<IReadOnlyList<CorporateParenting.LeavingCare.V1.Oc3Row>> Oc3Async(CollectionYear year, CancellationToken ct) =>
        [.. (await _leavingCare.ListOc3RowsAsync(new ListOc3RowsRequest { CollectionYear = year.Name }, cancellationToken: ct)).Rows];

    /// <summary>Placements' Header, Episodes, UASC and SWEpisodes rows of the year, a child at a time, with the children named in <paramref name="also"/>.</summary>
    public async IAsyncEnumerable<ReturnChild> PlacementsAsync(
        CollectionYear year, IEnumerable<string> also, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var request = new StreamReturnRequest { YearEnding = year.EndYear };
        request.AlsoChildIds.AddRange(also);
        using var call = _placements.StreamReturn(request, cancellationToken: ct);
        await foreach (var child in call.ResponseStream.ReadAllAsync(ct))
        {
            yield return child;
        }
    }

    /// <summary>Health's OC2 rows of the year, a child at a time.</summary>
    public async IAsyncEnumerable<Oc2Child> Oc2Async(CollectionYear year, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        using var call = _health.StreamOc2(new StreamOc2Request { YearEnding = year.EndYear }, cancellationToken: ct);
        await foreach (var child in call.ResponseStream.ReadAllAsync(ct))
        {
            yield return child;
        }
    }
}
