using System.Globalization;
using System.Text;
using CorporateParenting.Reporting;

namespace Reporting.Api.Scorecard;

/// <summary>
/// The scorecard as one CSV for the Board's papers (docs/scorecard.md): a row per figure as at the day, a row per partner
/// authority's notices, then a row per trend point, each value exactly as shown on screen (small numbers already "c").
/// </summary>
public static class ScorecardCsv
{
    public static readonly IReadOnlyList<string> Columns =
        ["ROW", "SECTION", "MEASURE", "AS_AT", "VALUE", "UNIT", "OUT_OF", "TARGET", "MEETS_TARGET", "NATIONAL", "NATIONAL_SOURCE", "STATISTICAL_NEIGHBOURS"];

    public static async Task<byte[]> WriteAsync(ScorecardView scorecard)
    {
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        var csv = new Ssda903Csv(text, Columns);
        var asAt = Day(scorecard.AsAt);
        foreach (var f in scorecard.Figures)
        {
            await csv.WriteRowAsync("figure", f.Section, f.Label, asAt, f.Value, f.Unit, f.OutOf ?? "", Number(f.Target),
                f.MeetsTarget switch { true => "yes", false => "no", null => "" }, Number(f.National), f.NationalSource ?? "", Number(f.StatisticalNeighbours));
        }
        foreach (var p in scorecard.LateNotificationsByPartner)
        {
            var partner = $"{p.Name} ({p.AuthorityCode})";
            await csv.WriteRowAsync("partner", "Out-of-area notifications", $"{partner}: notices received", asAt, p.Received, "count", "", "", "", "", "", "");
            await csv.WriteRowAsync("partner", "Out-of-area notifications", $"{partner}: received late", asAt, p.ReceivedLate, "count", "", "", "", "", "", "");
            await csv.WriteRowAsync("partner", "Out-of-area notifications", $"{partner}: share late", asAt, p.LateShare, "percent", "", "", "", "", "", "");
        }
        var units = scorecard.Figures.ToDictionary(f => f.Key, f => f.Unit);
        foreach (var trend in scorecard.Trends)
        {
            foreach (var point in trend.Points)
            {
                await csv.WriteRowAsync("trend", trend.Section, trend.Label, Day(point.AsAt), point.Value, units.GetValueOrDefault(trend.Key, ""), "", "", "", "", "", "");
            }
        }
        await csv.CompleteAsync();
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
