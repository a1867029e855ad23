using CorporateParenting.Reporting;
using Grpc.Net.ClientFactory;
using HealthV1 = CorporateParenting.Health.V1;
using LeavingCareV1 = CorporateParenting.LeavingCare.V1;
using NotificationsV1 = CorporateParenting.Notifications.V1;
using PlacementsV1 = CorporateParenting.Placements.V1;
using VirtualSchoolV1 = CorporateParenting.VirtualSchool.V1;

namespace Reporting.Api.Sources;

/// <summary>
/// Each service's aggregate (<c>GetMeasures</c>), read under the caller's own token: raw counts, which the scorecard
/// suppresses once they are side by side (docs/reference-figures.md §9). No child's row leaves its service.
/// </summary>
public sealed class MeasureSources(GrpcClientFactory clients)
{
    private readonly PlacementsV1.Placements.PlacementsClient _placements = clients.CreateClient<PlacementsV1.Placements.PlacementsClient>(ReturnSourcesExtensions.PlacementsClientName);
    private readonly HealthV1.Health.HealthClient _health = clients.CreateClient<HealthV1.Health.HealthClient>(ReturnSourcesExtensions.HealthClientName);
    private readonly LeavingCareV1.LeavingCare.LeavingCareClient _leavingCare = clients.CreateClient<LeavingCareV1.LeavingCare.LeavingCareClient>(ReturnSourcesExtensions.LeavingCareClientName);
    private readonly VirtualSchoolV1.VirtualSchool.VirtualSchoolClient _virtualSchool = clients.CreateClient<VirtualSchoolV1.VirtualSchool.VirtualSchoolClient>(ReturnSourcesExtensions.VirtualSchoolClientName);
    private readonly NotificationsV1.Notifications.NotificationsClient _notifications = clients.CreateClient<NotificationsV1.Notifications.NotificationsClient>(ReturnSourcesExtensions.NotificationsClientName);

    public async Task<PlacementsV1.Measures> PlacementsAsync(DateOnly asAt, DateOnly periodStart, CancellationToken ct) =>
        await _placements.GetMeasuresAsync(new PlacementsV1.GetMeasuresRequest { AsAt = Iso(asAt), PeriodStart = Iso(periodStart) }, cancellationToken: ct);

    /// <summary>Placements' figures at each of <paramref name="points"/>, from one read of its register.</summary>
    public async Task<IReadOnlyList<PlacementsV1.Measures>> PlacementsSeriesAsync(IEnumerable<(DateOnly AsAt, DateOnly PeriodStart)> points, CancellationToken ct)
    {
        var request = new PlacementsV1.GetMeasuresSeriesRequest();
        request.Points.AddRange(points.Select(p => new PlacementsV1.GetMeasuresRequest { AsAt = Iso(p.AsAt), PeriodStart = Iso(p.PeriodStart) }));
        return (await _placements.GetMeasuresSeriesAsync(request, cancellationToken: ct)).Points;
    }

    public async Task<HealthV1.HealthMeasures> HealthAsync(CollectionYear year, CancellationToken ct) =>
        await _health.GetMeasuresAsync(new HealthV1.GetHealthMeasuresRequest { YearEnding = year.EndYear }, cancellationToken: ct);

    public async Task<LeavingCareV1.Measures> LeavingCareAsync(CollectionYear year, CancellationToken ct) =>
        await _leavingCare.GetMeasuresAsync(new LeavingCareV1.GetMeasuresRequest { CollectionYear = year.Name }, cancellationToken: ct);

    /// <summary>The school year to <paramref name="asAt"/>, the Pupil Premium Plus year containing it, and the month ends before it.</summary>
    public async Task<VirtualSchoolV1.Measures> VirtualSchoolAsync(DateOnly asAt, int months, CancellationToken ct) =>
        await _virtualSchool.GetMeasuresAsync(new VirtualSchoolV1.GetMeasuresRequest { AsAt = Iso(asAt), Months = months }, cancellationToken: ct);

    public async Task<NotificationsV1.Measures> NotificationsAsync(DateOnly asAt, DateOnly periodStart, int months, CancellationToken ct) =>
        await _notifications.GetMeasuresAsync(new NotificationsV1.GetMeasuresRequest { AsAt = Iso(asAt), PeriodStart = Iso(periodStart), Months = months }, cancellationToken: ct);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
