using System.Globalization;
using CorporateParenting.Reporting;

namespace Reporting.Domain.Scorecard;

/// <summary>
/// The Board's scorecard from the services' raw figures (docs/scorecard.md): every count and rate through the one
/// small-number rule (docs/reference-figures.md §9), so nothing shown identifies a child; a target judged only on a
/// figure that is shown.
/// </summary>
public static class Scorecard
{
    /// <summary>A line for each measure measured, in the order of <see cref="ScorecardMeasures.All"/>.</summary>
    public static IReadOnlyList<ScorecardFigure> Figures(IReadOnlyDictionary<string, Measured> measured, ScorecardSettings settings) =>
        [.. ScorecardMeasures.All.Where(m => measured.ContainsKey(m.Key)).Select(m => Figure(m, measured[m.Key], settings))];

    public static ScorecardFigure Figure(ScorecardMeasure measure, Measured measured, ScorecardSettings settings)
    {
        var (shown, outOf, comparable) = Show(measured, settings.SmallNumberThreshold);
        decimal? target = settings.Targets.TryGetValue(measure.Key, out var t) ? t : null;
        bool? meets = target is { } goal && comparable is { } value && measure.Better != Better.Neither
            ? measure.Better == Better.Higher ? value >= goal : value <= goal
            : null;
        decimal? neighbours = settings.StatisticalNeighbours.TryGetValue(measure.Key, out var n) ? n : null;
        return new(measure.Key, measure.Section, measure.Label, shown, outOf, target, meets, measure.National, measure.NationalSource, neighbours, UnitOf(measured));
    }

    /// <summary>
    /// The figure as shown, what it is out of (itself suppressed), and the unrounded value a target is judged on: none
    /// when the figure is suppressed or does not apply, so a hidden figure cannot be read back from "target met".
    /// </summary>
    public static (string Shown, string? OutOf, decimal? Comparable) Show(Measured measured, int threshold) => measured switch
    {
        Count c => (SmallNumbers.Show(c.Value, threshold), null, SmallNumbers.IsSuppressed(c.Value, threshold) ? null : c.Value),
        Share s => (SmallNumbers.ShowRate(s.Numerator, s.Denominator, threshold), SmallNumbers.Show(s.Denominator, threshold),
            SmallNumbers.IsSuppressed(s.Numerator, threshold) || SmallNumbers.IsSuppressed(s.Denominator, threshold) || s.Denominator == 0
                ? null
                : s.Numerator * 100m / s.Denominator),
        Average a => a.Children == 0 || a.Value is null
            ? (SmallNumbers.NotApplicable, "0", null)
            : SmallNumbers.IsSuppressed(a.Children, threshold)
                ? (SmallNumbers.Suppressed, SmallNumbers.Suppressed, null)
                : (Math.Round(a.Value.Value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture),
                    SmallNumbers.Show(a.Children, threshold), a.Value),
        PerTenThousand r => SmallNumbers.IsSuppressed(r.Children, threshold)
            ? (SmallNumbers.Suppressed, null, null)
            : (r.Value.ToString(CultureInfo.InvariantCulture), null, r.Value),
        Spent m => m.GrantPence == 0
            ? (SmallNumbers.NotApplicable, null, null)
            // The grant is a fixed sum per child: shown beside a small group, it would give the group's size away.
            : SmallNumbers.IsSuppressed(m.Children, threshold)
                ? (SmallNumbers.Suppressed, SmallNumbers.Suppressed, null)
                : ($"{Math.Round(m.SpentPence * 100m / m.GrantPence, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture)}%",
                    Pounds(m.GrantPence), m.SpentPence * 100m / m.GrantPence),
        _ => throw new ArgumentOutOfRangeException(nameof(measured), measured, "Not a figure the scorecard shows."),
    };

    /// <summary>What a figure, its target and its comparisons count: children, a percentage, a score, a rate per 10,000, or a percentage of a grant spent.</summary>
    public static string UnitOf(Measured measured) => measured switch
    {
        Count => "count",
        Share or Spent => "percent",
        Average => "average",
        PerTenThousand => "per-10000",
        _ => throw new ArgumentOutOfRangeException(nameof(measured), measured, "Not a figure the scorecard shows."),
    };

    /// <summary>A measure's figure at each month's (or year's) end, oldest first, each shown as the headline is.</summary>
    public static ScorecardTrend Trend(ScorecardMeasure measure, IEnumerable<(DateOnly AsAt, Measured Measured)> points, int threshold) =>
        new(measure.Key, measure.Section, measure.Label,
            [.. points.OrderBy(p => p.AsAt).Select(p => new TrendPoint(p.AsAt, Show(p.Measured, threshold).Shown))]);

    /// <summary>A partner authority's placement notices to us in the period: how many, how many late, and the late share.</summary>
    public static PartnerFigure Partner(string authorityCode, string name, int received, int receivedLate, int threshold) =>
        new(authorityCode, name, SmallNumbers.Show(received, threshold), SmallNumbers.Show(receivedLate, threshold),
            SmallNumbers.ShowRate(receivedLate, received, threshold));

    private static string Pounds(long pence) => (pence / 100m).ToString("£#,##0", CultureInfo.InvariantCulture);
}
