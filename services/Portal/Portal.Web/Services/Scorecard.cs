namespace Portal.Web.Services;

/// <summary>The Board's scorecard as the reporting service gives it (<c>GET /api/reporting/scorecard</c>): aggregates only, small numbers already "c".</summary>
public sealed record Scorecard(
    DateOnly AsAt,
    int SmallNumberThreshold,
    IReadOnlyList<ScorecardPeriod> Periods,
    IReadOnlyList<ScorecardFigure> Figures,
    IReadOnlyList<PartnerFigure> LateNotificationsByPartner,
    IReadOnlyList<ScorecardTrend> Trends)
{
    public const string Route = "/api/reporting/scorecard";
    public const string CsvRoute = "/api/reporting/scorecard.csv";
}

public sealed record ScorecardPeriod(string Section, string Description, DateOnly From, DateOnly To);

public sealed record ScorecardFigure(
    string Key, string Section, string Label, string Value, string? OutOf, decimal? Target, bool? MeetsTarget,
    decimal? National, string? NationalSource, decimal? StatisticalNeighbours, string Unit)
{
    /// <summary>A target or comparison written in the figure's unit: "70%" beside a percentage, "67" beside a count.</summary>
    public string Shown(decimal number) => number.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + (Unit == "percent" ? "%" : "");
}

public sealed record PartnerFigure(string AuthorityCode, string Name, string Received, string ReceivedLate, string LateShare);

public sealed record ScorecardTrend(string Key, string Section, string Label, IReadOnlyList<TrendPoint> Points);

public sealed record TrendPoint(DateOnly AsAt, string Value);
