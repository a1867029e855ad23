using CorporateParenting.Reporting;
using Microsoft.Extensions.Options;
using Reporting.Api.Options;
using Reporting.Api.Sources;
using Reporting.Domain.Scorecard;
using Board = Reporting.Domain.Scorecard.Scorecard;

namespace Reporting.Api.Scorecard;

/// <summary>The period each section of the scorecard covers, in words and dates.</summary>
public sealed record ScorecardPeriod(string Section, string Description, DateOnly From, DateOnly To);

/// <summary>The Board's scorecard as at a day: its figures, the partners' late notices, and each figure's trend.</summary>
public sealed record ScorecardView(
    DateOnly AsAt,
    int SmallNumberThreshold,
    IReadOnlyList<ScorecardPeriod> Periods,
    IReadOnlyList<ScorecardFigure> Figures,
    IReadOnlyList<PartnerFigure> LateNotificationsByPartner,
    IReadOnlyList<ScorecardTrend> Trends);

/// <summary>
/// Assembles the scorecard (docs/scorecard.md) from the five services' aggregates, read under the caller's token: the
/// headline as at the day; placements, education and notifications month by month; health and care leavers year by
/// year, as they are measured. Suppressed once, here, after the figures are side by side.
/// </summary>
public sealed class AssembleScorecard(MeasureSources sources, IOptions<ScorecardOptions> options)
{
    private readonly ScorecardOptions _options = options.Value;

    public async Task<ScorecardView> HandleAsync(DateOnly asAt, DateOnly periodStart, int months, CancellationToken ct)
    {
        var healthYears = Enumerable.Range(0, _options.Years).Select(back => new CollectionYear(LastEnded(asAt).EndYear - back)).ToList();
        var leavingCareYears = Enumerable.Range(0, _options.Years).Select(back => new CollectionYear(CollectionYear.Containing(asAt).EndYear - back)).ToList();
        var monthEnds = MonthEnds.OnOrBefore(asAt, months);

        // The headline and every month end in one call: Placements reads its register once for all of them.
        var placementsSeries = sources.PlacementsSeriesAsync([(asAt, periodStart), .. monthEnds.Select(m => (m, m.AddYears(-1).AddDays(1)))], ct);
        var health = Task.WhenAll(healthYears.Select(year => sources.HealthAsync(year, ct)));
        var leavingCare = Task.WhenAll(leavingCareYears.Select(year => sources.LeavingCareAsync(year, ct)));
        var education = sources.VirtualSchoolAsync(asAt, months, ct);
        var notifications = sources.NotificationsAsync(asAt, periodStart, months, ct);
        await Task.WhenAll(placementsSeries, health, leavingCare, education, notifications);
        var placements = placementsSeries.Result[0];

        var headline = new[]
        {
            MeasuredFigures.From(placements), MeasuredFigures.From(health.Result[0]), MeasuredFigures.From(education.Result),
            MeasuredFigures.From(leavingCare.Result[0]), MeasuredFigures.From(notifications.Result),
        }.SelectMany(f => f).ToDictionary();

        var points = new List<(DateOnly AsAt, Dictionary<string, Measured> Figures)>();
        points.AddRange(placementsSeries.Result.Skip(1).Select(m => (Day(m.AsAt), MeasuredFigures.From(m))));
        points.AddRange(education.Result.Monthly.Select(m => (Day(m.AsAt), MeasuredFigures.From(m))));
        points.AddRange(notifications.Result.Monthly.Select(m => (Day(m.AsAt), MeasuredFigures.From(m))));
        points.AddRange(health.Result.Select(m => (new CollectionYear(m.YearEnding).End, MeasuredFigures.From(m))));
        points.AddRange(leavingCare.Result.Zip(leavingCareYears).Select(m => (Min(m.Second.End, asAt), MeasuredFigures.From(m.First))));

        var threshold = _options.SmallNumberThreshold;
        var settings = new ScorecardSettings(threshold, _options.Targets, _options.StatisticalNeighbours);
        var trends = ScorecardMeasures.All
            .Select(measure => Board.Trend(measure, points.Where(p => p.Figures.ContainsKey(measure.Key)).Select(p => (p.AsAt, p.Figures[measure.Key])), threshold))
            .Where(trend => trend.Points.Count > 1)
            .ToList();
        var partners = notifications.Result.Partners
            .Where(p => p.Received > 0)
            .Select(p => Board.Partner(p.AuthorityCode, p.Name, p.Received, p.ReceivedLate, threshold))
            .ToList();
        return new ScorecardView(asAt, threshold, Periods(asAt, periodStart, healthYears[0], leavingCareYears[0], education.Result),
            Board.Figures(headline, settings), partners, trends);
    }

    private static List<ScorecardPeriod> Periods(
        DateOnly asAt, DateOnly periodStart, CollectionYear health, CollectionYear leavingCare, CorporateParenting.VirtualSchool.V1.Measures education)
    {
        var periods = new List<ScorecardPeriod>
        {
            new(ScorecardMeasures.LookedAfter, "Looked after on the day; entries and exits over the period", periodStart, asAt),
            new(ScorecardMeasures.Stability, "On the day, over the 12 months to it", asAt.AddYears(-1).AddDays(1), asAt),
            new(ScorecardMeasures.Health, $"The OC2 year {health.Name}, the last ended", health.Start, health.End),
        };
        if (education.Cohort is { From.Length: > 0 } cohort)
        {
            periods.Add(new(ScorecardMeasures.Education, $"School year {cohort.Name} to date", Day(cohort.From), Day(cohort.To)));
        }
        periods.Add(new(ScorecardMeasures.CareLeavers, $"The OC3 year {leavingCare.Name} to date", leavingCare.Start, Min(leavingCare.End, asAt)));
        periods.Add(new(ScorecardMeasures.OutOfArea, "Notices over the period", periodStart, asAt));
        return periods;
    }

    /// <summary>The collection year that ended on or before the day: OC2 counts a whole year's cohort.</summary>
    public static CollectionYear LastEnded(DateOnly day)
    {
        var containing = CollectionYear.Containing(day);
        return day == containing.End ? containing : new CollectionYear(containing.EndYear - 1);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
