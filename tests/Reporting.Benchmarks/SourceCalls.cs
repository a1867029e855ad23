using CorporateParenting.ServiceDefaults.Security;
using Grpc.Core;
using Grpc.Net.Client;
using HealthV1 = CorporateParenting.Health.V1;
using LeavingCareV1 = CorporateParenting.LeavingCare.V1;
using NotificationsV1 = CorporateParenting.Notifications.V1;
using PlacementsV1 = CorporateParenting.Placements.V1;
using VirtualSchoolV1 = CorporateParenting.VirtualSchool.V1;

namespace Reporting.Benchmarks;

/// <summary>
/// The gRPC calls Reporting makes for the return and the scorecard, made here directly against each service under the
/// same tokens, so that a figure of the whole can be traced to the service and call behind it. Streams are counted as
/// they arrive, never held.
/// </summary>
public sealed class SourceCalls(Uri placements, Uri health, Uri leavingCare, Uri virtualSchool, Uri notifications, string signingKey) : IDisposable
{
    private readonly GrpcChannel _placements = GrpcChannel.ForAddress(placements);
    private readonly GrpcChannel _health = GrpcChannel.ForAddress(health);
    private readonly GrpcChannel _leavingCare = GrpcChannel.ForAddress(leavingCare, new GrpcChannelOptions { MaxReceiveMessageSize = null });
    private readonly GrpcChannel _virtualSchool = GrpcChannel.ForAddress(virtualSchool);
    private readonly GrpcChannel _notifications = GrpcChannel.ForAddress(notifications);

    /// <summary>What each call counts: children or rows streamed, or the reply's size in bytes.</summary>
    public IReadOnlyList<(string Name, string Unit, Func<Task<long>> Call)> Calls(int yearEnding, string asAt, string periodStart, int months) =>
    [
        ("Placements StreamReturn " + yearEnding, "children", async () =>
        {
            using var call = new PlacementsV1.Placements.PlacementsClient(_placements)
                .StreamReturn(new PlacementsV1.StreamReturnRequest { YearEnding = yearEnding }, As(Roles.Performance));
            return await CountAsync(call.ResponseStream);
        }),
        ("Health StreamOc2 " + yearEnding, "rows", async () =>
        {
            using var call = new HealthV1.Health.HealthClient(_health).StreamOc2(new HealthV1.StreamOc2Request { YearEnding = yearEnding }, As(Roles.Performance));
            return await CountAsync(call.ResponseStream);
        }),
        ("Leaving Care ListOc3Rows " + Year(yearEnding), "rows", async () =>
            (await new LeavingCareV1.LeavingCare.LeavingCareClient(_leavingCare)
                .ListOc3RowsAsync(new LeavingCareV1.ListOc3RowsRequest { CollectionYear = Year(yearEnding) }, As(Roles.Performance))).Rows.Count),
        ($"Placements GetMeasures {asAt} (one date)", "bytes", async () =>
            (await new PlacementsV1.Placements.PlacementsClient(_placements)
                .GetMeasuresAsync(new PlacementsV1.GetMeasuresRequest { AsAt = asAt, PeriodStart = periodStart }, As(Roles.Board))).CalculateSize()),
        ($"Placements GetMeasuresSeries (the scorecard's {months + 2} dates in one read)", "bytes", async () =>
            (await new PlacementsV1.Placements.PlacementsClient(_placements)
                .GetMeasuresSeriesAsync(Series(asAt, periodStart, months), As(Roles.Board))).CalculateSize()),
        ($"Health GetMeasures {yearEnding} (3 years at once in the scorecard)", "bytes", async () =>
            (await new HealthV1.Health.HealthClient(_health)
                .GetMeasuresAsync(new HealthV1.GetHealthMeasuresRequest { YearEnding = yearEnding }, As(Roles.Board))).CalculateSize()),
        ($"Leaving Care GetMeasures {Year(yearEnding)} (3 years at once)", "bytes", async () =>
            (await new LeavingCareV1.LeavingCare.LeavingCareClient(_leavingCare)
                .GetMeasuresAsync(new LeavingCareV1.GetMeasuresRequest { CollectionYear = Year(yearEnding) }, As(Roles.Board))).CalculateSize()),
        ($"Virtual School GetMeasures {asAt}", "bytes", async () =>
            (await new VirtualSchoolV1.VirtualSchool.VirtualSchoolClient(_virtualSchool)
                .GetMeasuresAsync(new VirtualSchoolV1.GetMeasuresRequest { AsAt = asAt, Months = months }, As(Roles.Board))).CalculateSize()),
        ($"Notifications GetMeasures {asAt}", "bytes", async () =>
            (await new NotificationsV1.Notifications.NotificationsClient(_notifications)
                .GetMeasuresAsync(new NotificationsV1.GetMeasuresRequest { AsAt = asAt, PeriodStart = periodStart, Months = months }, As(Roles.Board))).CalculateSize()),
    ];

    /// <summary>The points the scorecard asks for: the headline's, then each month end with the 12 months to it.</summary>
    private static PlacementsV1.GetMeasuresSeriesRequest Series(string asAt, string periodStart, int months)
    {
        var request = new PlacementsV1.GetMeasuresSeriesRequest();
        request.Points.Add(new PlacementsV1.GetMeasuresRequest { AsAt = asAt, PeriodStart = periodStart });
        foreach (var monthEnd in CorporateParenting.Reporting.MonthEnds.OnOrBefore(DateOnly.ParseExact(asAt, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), months))
        {
            request.Points.Add(new PlacementsV1.GetMeasuresRequest
            {
                AsAt = monthEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                PeriodStart = monthEnd.AddYears(-1).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            });
        }
        return request;
    }

    public void Dispose()
    {
        _placements.Dispose();
        _health.Dispose();
        _leavingCare.Dispose();
        _virtualSchool.Dispose();
        _notifications.Dispose();
    }

    private Metadata As(string role) => new() { { "Authorization", $"Bearer {DevelopmentTokens.Create(signingKey, "benchmark", [role])}" } };

    private static string Year(int yearEnding) => $"{yearEnding - 1}-{yearEnding % 100:00}";

    private static async Task<long> CountAsync<T>(IAsyncStreamReader<T> stream)
    {
        var count = 0L;
        await foreach (var _ in stream.ReadAllAsync())
        {
            count++;
        }
        return count;
    }
}
