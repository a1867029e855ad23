using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CorporateParenting.Reporting;
using Microsoft.Extensions.Logging;

namespace CorporateParenting.DemoData.Reporting;

/// <summary>
/// The Reporting part of the demo, through its REST API as the performance team would use it (docs/ssda903.md §7.5): the
/// case system's PrevPerm, PlacedAdoption and AD1 tables for the last and the current collection year, for the children
/// the year's episodes ask them of. Every child who started to be looked after in the year has no previous permanence
/// order (Z1, rule 630). A child placed for adoption (A3–A6) or under a placement order (E1) has a decision to place,
/// four weeks before the first such episode and not before the first episode the two years' returns hold (551, 553,
/// 552, 554), in each year's table from the year it was made in (559, 560); it ceased the day the child left care if
/// the child left other than by adoption (557), and a decision that ceased before a year is not in that year's table
/// (118). A child adopted in the year has AD1's items (601): the decision that adoption is in their interest made the
/// day of the decision to place (523), matched with adopters three weeks before the placement that ended in adoption
/// (331, 582), by their foster carers when that placement says so (335). The episodes are read from the current year's
/// zip, which holds the year before's too.
/// </summary>
public sealed class DemoReporting(HttpClient reporting, ILogger<DemoReporting> logger)
{
    private const string Api = "/api/reporting/ssda903";
    private static readonly HashSet<string> PlacedForAdoption = ["A3", "A4", "A5", "A6"];
    private static readonly HashSet<string> Adoption = ["E11", "E12"];
    /// <summary>The placements for adoption with the child's own foster carers (FOSTER_CARE 1, rule 335).</summary>
    private static readonly HashSet<string> WithFosterCarers = ["A2", "A3", "A5"];

    public async Task LoadAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var current = CollectionYear.Containing(today);
        var last = new CollectionYear(current.EndYear - 1);
        using var zip = new ZipArchive(await reporting.GetStreamAsync($"{Api}/{current.EndYear}", cancellationToken), ZipArchiveMode.Read);
        var years = new[] { (Year: last, Header: Table(zip, "Header_last.csv"), Episodes: Table(zip, "Episodes_last.csv")),
            (Year: current, Header: Table(zip, "Header.csv"), Episodes: Table(zip, "Episodes.csv")) };
        var bothYears = years.SelectMany(y => y.Episodes.Rows).ToList();
        var decisions = DecisionsToPlace(bothYears);
        var ceased = bothYears.Where(e => IsAdoption(e) && e["DEC"].Length > 0 && e["REC"] != "X1" && !Adoption.Contains(e["REC"]))
            .GroupBy(e => e["CHILD"], StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Min(e => Date(e["DEC"])), StringComparer.Ordinal);

        foreach (var (year, header, episodes) in years)
        {
            var born = header.Rows.ToDictionary(r => r["CHILD"], r => r["DOB"], StringComparer.Ordinal);
            var entrants = episodes.Rows.Where(e => e["RNE"] == "S" && Date(e["DECOM"]) >= year.Start).Select(e => e["CHILD"]).Distinct().ToList();
            var placed = episodes.Rows.Select(e => e["CHILD"]).Distinct()
                .Where(c => decisions.TryGetValue(c, out var decided) && decided <= year.End && !(ceased.GetValueOrDefault(c, DateOnly.MaxValue) < year.Start))
                .ToList();
            var adoptions = episodes.Rows.Where(e => Adoption.Contains(e["REC"]) && year.Contains(Date(e["DEC"]))).ToList();
            await PutAsync(year, "PrevPerm", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM",
                entrants.Select(c => $"{c},{born[c]},Z1,,"), cancellationToken);
            await PutAsync(year, "PlacedAdoption", "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
                placed.Select(c => $"{c},{born[c]},{Show(decisions[c])},{(ceased.TryGetValue(c, out var end) ? $"{Show(end)},RD4" : ",")}"), cancellationToken);
            await PutAsync(year, "AD1", "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR",
                adoptions.Select((e, i) => AdoptionRow(e, born[e["CHILD"]], decisions.GetValueOrDefault(e["CHILD"], Date(e["DECOM"])), i)), cancellationToken);
            logger.LogInformation("Reporting: {Year}'s PrevPerm for {Entrants} children who came into care, PlacedAdoption for {Placed}, AD1 for {Adopted}.",
                year.Name, entrants.Count, placed.Count, adoptions.Count);
        }
    }

    /// <summary>One adoption's AD1 row: every third by one adopter, the rest by a married couple.</summary>
    private static string AdoptionRow(CsvRow adoption, string dob, DateOnly decided, int index)
    {
        var placedOn = Date(adoption["DECOM"]);
        var matched = placedOn.AddDays(-21) < decided ? decided : placedOn.AddDays(-21);
        var adopters = index % 3 == 0 ? "1,F1,L0" : "2,MF,L11";
        return $"{adoption["CHILD"]},{dob},{Show(decided)},{Show(matched)},{(WithFosterCarers.Contains(adoption["PLACE"]) ? 1 : 0)},{adopters}";
    }

    private static bool IsAdoption(CsvRow episode) => PlacedForAdoption.Contains(episode["PLACE"]) || episode["LS"] == "E1";

    /// <summary>Each child's decision to place for adoption: four weeks before its first such episode, not before its first episode.</summary>
    private static Dictionary<string, DateOnly> DecisionsToPlace(IEnumerable<CsvRow> episodes) =>
        episodes.GroupBy(e => e["CHILD"], StringComparer.Ordinal)
            .Where(child => child.Any(IsAdoption))
            .ToDictionary(child => child.Key, child =>
            {
                var firstEpisode = child.Min(e => Date(e["DECOM"]));
                var decided = child.Where(IsAdoption).Min(e => Date(e["DECOM"])).AddDays(-28);
                return decided < firstEpisode ? firstEpisode : decided;
            }, StringComparer.Ordinal);

    private async Task PutAsync(CollectionYear year, string table, string columns, IEnumerable<string> rows, CancellationToken cancellationToken)
    {
        var csv = string.Join('\n', rows.Prepend(columns)) + "\n";
        using var response = await reporting.PutAsync($"{Api}/{year.EndYear}/tables/{table}", new StringContent(csv, Encoding.UTF8, "text/csv"), cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode || JsonDocument.Parse(answer).RootElement.GetProperty("rejections").GetArrayLength() > 0)
        {
            throw new HttpRequestException($"PUT {table} for {year.Name}: {(int)response.StatusCode} {answer}");
        }
    }

    private static CsvTable Table(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)?.Open() ?? throw new InvalidDataException($"The return has no {name}."));
        return CsvTable.Read(name, reader);
    }

    private static DateOnly Date(string ddMMyyyy) => DateOnly.ParseExact(ddMMyyyy, "dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Show(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
