using System.Globalization;
using Portal.Web.Services;

namespace Portal.Web.Pages.Board;

/// <summary>
/// A trend drawn as a line in SVG on the server, so the chart needs no script: a point per month (or year), the line
/// broken where a figure is suppressed ("c") or does not apply ("z"), the scale from zero to a round number above the
/// highest. The same figures are always given beside it as a table.
/// </summary>
public sealed class TrendChart
{
    public const int Width = 640;
    public const int Height = 220;
    private const int Left = 48, Right = 16, Top = 12, Bottom = 36;

    public TrendChart(ScorecardTrend trend)
    {
        Trend = trend;
        var values = trend.Points.Select(p => ValueOf(p.Value)).ToList();
        Percent = trend.Points.Any(p => p.Value.EndsWith('%'));
        var highest = values.OfType<decimal>().DefaultIfEmpty(0).Max();
        _scale = RoundUp(Math.Max(highest, Percent ? 10 : 1));
        var n = trend.Points.Count;
        var dots = new List<Dot>();
        var lines = new List<List<Dot>>();
        List<Dot>? line = null;
        for (var i = 0; i < n; i++)
        {
            var x = n == 1 ? Left + (Width - Left - Right) / 2.0 : Left + i * (Width - Left - Right) / (double)(n - 1);
            if (values[i] is not { } value)
            {
                line = null;
                continue;
            }
            var y = Height - Bottom - (double)(value / _scale) * (Height - Top - Bottom);
            var dot = new Dot(Round(x), Round(y), trend.Points[i]);
            dots.Add(dot);
            if (line is null)
            {
                line = [];
                lines.Add(line);
            }
            line.Add(dot);
        }
        Dots = dots;
        Lines = [.. lines.Where(l => l.Count > 1).Select(l => string.Join(' ', l.Select(d => $"{d.X},{d.Y}")))];
    }

    public sealed record Dot(string X, string Y, TrendPoint Point);

    public ScorecardTrend Trend { get; }

    public bool Percent { get; }

    private readonly decimal _scale;

    public IReadOnlyList<Dot> Dots { get; }

    /// <summary>Each unbroken run of two or more points, as an SVG polyline's points.</summary>
    public IReadOnlyList<string> Lines { get; }

    public string Id => $"trend-{Trend.Key.Replace('_', '-')}";

    public string Summary
    {
        get
        {
            var shown = Trend.Points.Where(p => ValueOf(p.Value) is not null).ToList();
            return shown.Count == 0
                ? $"{Trend.Label}: every point is suppressed or not applicable."
                : $"{Trend.Label}, {Trend.Points.Count} points from {Trend.Points[0].AsAt:d MMMM yyyy} to {Trend.Points[^1].AsAt:d MMMM yyyy}: from {shown[0].Value} to {shown[^1].Value}.";
        }
    }

    public string FirstLabel => Trend.Points.Count == 0 ? "" : Trend.Points[0].AsAt.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public string LastLabel => Trend.Points.Count < 2 ? "" : Trend.Points[^1].AsAt.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public string AxisTop => _scale.ToString("0.##", CultureInfo.InvariantCulture) + (Percent ? "%" : "");

    public string AxisTopY => (Top + 4).ToString(CultureInfo.InvariantCulture);

    public static string Baseline => (Height - Bottom).ToString(CultureInfo.InvariantCulture);

    public static string LeftEdge => Left.ToString(CultureInfo.InvariantCulture);

    public static string RightEdge => (Width - Right).ToString(CultureInfo.InvariantCulture);

    public static string TopEdge => Top.ToString(CultureInfo.InvariantCulture);

    public static string LabelY => (Height - Bottom + 20).ToString(CultureInfo.InvariantCulture);

    /// <summary>The number a shown figure stands for ("67%" is 67, "1,204" is 1204), or none for "c", "z" and the like.</summary>
    public static decimal? ValueOf(string shown) =>
        decimal.TryParse(shown.TrimEnd('%').TrimStart('£').Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static decimal RoundUp(decimal value)
    {
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)value)));
        foreach (var step in new[] { 1m, 2m, 5m, 10m })
        {
            if (value <= step * magnitude)
            {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static string Round(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
