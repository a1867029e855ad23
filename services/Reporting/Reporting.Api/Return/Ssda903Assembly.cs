using CorporateParenting.Health.V1;
using CorporateParenting.Placements.V1;
using CorporateParenting.Reporting;
using Reporting.Api.Imports;
using Reporting.Api.Sources;
using Reporting.Domain;
using Reporting.Domain.Imports;
using ReturnFinding = Reporting.Domain.ReturnFinding;

namespace Reporting.Api.Return;

/// <summary>
/// The year's SSDA903 return put together from the tables each service owns (docs/ssda903.md §7.3): Leaving Care's OC3
/// rows first, so that Placements' Header holds every care leaver in them; then Placements' tables, a child at a time,
/// the Header straight into its file and the other three held aside; Health's OC2; the OC3; the tables imported from
/// the case system (Reviews, AD1, PlacedAdoption, PrevPerm: §7.5); the year before's Header and Episodes, and its
/// PlacedAdoption where one was imported; and last the
/// findings, the services' own, the cross-table rules' and those on the imported tables' rows together. OC2 and OC3 rows carry the platform's ChildId and are given
/// the Header's CHILD for it; a row whose child the Header lacks keeps the ChildId as its CHILD, so the file says what
/// the findings say and nobody is dropped without a word.
/// </summary>
public sealed class Ssda903Assembly(ReturnSources sources, CaseSystemRows imported, HeldFindings findings)
{
    public const string FindingsFile = "findings.csv";
    public static readonly IReadOnlyList<string> FindingsColumns = ["CHILD", "TABLE", "FIELD", "RULE", "MESSAGE"];

    /// <summary>Reads and checks the year's return with the year before's Header and Episodes, and writes them and the findings to <paramref name="files"/>.</summary>
    /// <param name="oc3">Leaving Care's OC3 rows of the year (<see cref="ReturnSources.Oc3Async"/>), asked for before anything is written.</param>
    public async Task AssembleAsync(CollectionYear year, IReadOnlyList<CorporateParenting.LeavingCare.V1.Oc3Row> oc3, IReturnFiles files, CancellationToken ct)
    {
        var decisionsLastYear = await ReadAsync(year, oc3, files, ct);
        await WriteLastYearAsync(new CollectionYear(year.EndYear - 1), decisionsLastYear, files, ct);
        await files.WriteAsync(FindingsFile, async writer =>
        {
            var table = new Ssda903Csv(writer, FindingsColumns);
            await foreach (var f in findings.ReadAsync(ct))
            {
                await table.WriteRowAsync(f.Child, f.Table, f.Field, f.Rule, f.Message);
            }
            await table.CompleteAsync();
        }, ct);
    }

    /// <summary>The self-check: reads and checks the year's return, writing nothing, and answers every finding.</summary>
    public async Task<IAsyncEnumerable<ReturnFinding>> CheckAsync(CollectionYear year, IReadOnlyList<CorporateParenting.LeavingCare.V1.Oc3Row> oc3, CancellationToken ct)
    {
        await ReadAsync(year, oc3, new NoReturnFiles(), ct);
        return findings.ReadAsync(ct);
    }

    /// <returns>Last year's PlacedAdoption as imported, read once for its rules and for <c>PlacedAdoption_last.csv</c>; null when none was.</returns>
    private async Task<List<CaseSystemRow>?> ReadAsync(CollectionYear year, IReadOnlyList<CorporateParenting.LeavingCare.V1.Oc3Row> oc3, IReturnFiles files, CancellationToken ct)
    {
        var header = new HeaderIndex();
        var episodeIndex = new EpisodeIndex(year);
        var soFar = new ReturnSoFar();
        var childOf = new Dictionary<string, string>(StringComparer.Ordinal);

        await using (var episodes = files.Hold())
        await using (var placementAuthorities = files.Hold())
        await using (var uasc = files.Hold())
        await using (var socialWorkers = files.Hold())
        await using (var missing = files.Hold())
        {
            var tables = new PlacementsTables(episodes.Writer, placementAuthorities.Writer, uasc.Writer, socialWorkers.Writer, missing.Writer);
            await files.WriteAsync("Header.csv", async writer =>
            {
                var headerTable = new Ssda903Csv(writer, Ssda903Csv.Header);
                await foreach (var child in sources.PlacementsAsync(year, oc3.Select(r => r.ChildId), ct))
                {
                    var h = child.Header;
                    header.Add(h.Child, h.Dob);
                    await findings.AddAsync(CrossTableRules.CheckUpn(header, h.Child, h.Upn), ct);
                    childOf[child.ChildId] = h.Child;
                    await headerTable.WriteRowAsync(h.Child, h.Sex, Ssda903Csv.Date(h.Dob), h.Ethnic, h.Upn, h.Mother, Ssda903Csv.Date(h.McDob));
                    await findings.AddAsync(child.Findings.Select(f => new ReturnFinding(h.Child, f.Table, f.Field, f.Rule, WithEpisode(f))), ct);
                    await findings.AddAsync(CrossTableRules.Check(header, await tables.WriteAsync(child)), ct);
                    foreach (var e in child.Episodes)
                    {
                        episodeIndex.Add(h.Child, CaseSystemTables.DateOf(e.Decom)!.Value, e.Rne, e.Ls, e.Place, CaseSystemTables.DateOf(e.Dec), e.Rec);
                    }
                }
                await headerTable.CompleteAsync();
            }, ct);
            await tables.CompleteAsync();
            await files.WriteAsync("Episodes.csv", episodes, ct);
            await files.WriteAsync("PlacementAuthorities.csv", placementAuthorities, ct);
            await files.WriteAsync("UASC.csv", uasc, ct);
            await files.WriteAsync("SWEpisodes.csv", socialWorkers, ct);
            await files.WriteAsync("Missing.csv", missing, ct);
        }

        string ChildOf(string childId) => childOf.GetValueOrDefault(childId, childId);

        await files.WriteAsync("OC2.csv", async writer =>
        {
            var table = new Ssda903Csv(writer, Ssda903Csv.Oc2);
            await foreach (var row in sources.Oc2Async(year, ct))
            {
                var child = ChildOf(row.ChildId);
                await table.WriteRowAsync(child, Ssda903Csv.Date(row.Dob), row.SdqScore, row.SdqReason, row.Convicted, row.HealthCheck,
                    row.Immunisations, row.TeethCheck, row.HealthAssessment, row.SubstanceMisuse, row.InterventionReceived, row.InterventionOffered);
                await findings.AddAsync(row.Findings.Select(f => new ReturnFinding(child, ReturnTables.Oc2, f.Field, f.Rule, f.Message)), ct);
                await findings.AddAsync(CrossTableRules.Check(header, new TableRow(ReturnTables.Oc2, child, row.Dob)), ct);
            }
            await table.CompleteAsync();
        }, ct);

        await files.WriteAsync("OC3.csv", async writer =>
        {
            var table = new Ssda903Csv(writer, Ssda903Csv.Oc3);
            foreach (var row in oc3)
            {
                var child = ChildOf(row.ChildId);
                await table.WriteRowAsync(child, Ssda903Csv.Date(row.DateOfBirth), row.InTouch, row.Activity, row.Accommodation);
                await findings.AddAsync(row.Missing.Select(gap => Oc3Gaps.FindingOf(child, gap)), ct);
                await findings.AddAsync(row.Findings.Select(f => new ReturnFinding(child, ReturnTables.Oc3, f.Field, f.Rule, f.Message)), ct);
                await findings.AddAsync(CrossTableRules.Check(header, new TableRow(ReturnTables.Oc3, child, row.DateOfBirth)), ct);
                if (row.InTouch.Length > 0 || row.Activity.Length > 0 || row.Accommodation.Length > 0)
                {
                    soFar.CareLeaverWithData(child);
                    await findings.AddAsync(CohortRules.Oc3OfChildLookedAfterAllYear(child, episodeIndex.Of(child)), ct);
                }
            }
            await table.CompleteAsync();
        }, ct);

        var decisionsLastYear = await LastYearsDecisionsAsync(new CollectionYear(year.EndYear - 1), ct);
        if (decisionsLastYear is not null)
        {
            soFar.DecisionsLastYear(decisionsLastYear);
        }
        foreach (var name in CaseSystemTables.Names)
        {
            await files.WriteAsync($"{name}.csv", async writer =>
            {
                var table = new Ssda903Csv(writer, CaseSystemTables.Columns[name]);
                var rules = new CaseSystemFindings(name, header, episodeIndex, soFar);
                await foreach (var row in imported.RowsAsync(year, name).WithCancellation(ct))
                {
                    await table.WriteRowAsync([.. row.Values]);
                    await findings.AddAsync(CrossTableRules.Check(header, new TableRow(name, row.Child, row.Dob)), ct);
                    await findings.AddAsync(rules.Add(new CaseSystemRow(row.Line, row.Child, row.Dob, row.Values)), ct);
                }
                await findings.AddAsync(rules.Complete(), ct);
                await table.CompleteAsync();
            }, ct);
        }
        return decisionsLastYear;
    }

    /// <summary>Last year's PlacedAdoption as imported for it, or <see langword="null"/> when none was: rules 559–561 and 584 compare with it.</summary>
    private async Task<List<CaseSystemRow>?> LastYearsDecisionsAsync(CollectionYear lastYear, CancellationToken ct)
    {
        if (!(await imported.HeldAsync(lastYear, ct)).Any(t => t.Table == ReturnTables.PlacedAdoption))
        {
            return null;
        }
        var rows = new List<CaseSystemRow>();
        await foreach (var row in imported.RowsAsync(lastYear, ReturnTables.PlacedAdoption).WithCancellation(ct))
        {
            rows.Add(new CaseSystemRow(row.Line, row.Child, row.Dob, row.Values));
        }
        return rows;
    }

    /// <summary>
    /// The year before's Header and Episodes, as Placements gives them for that year, and its PlacedAdoption when one was
    /// imported; their findings were that year's to put right.
    /// </summary>
    private async Task WriteLastYearAsync(CollectionYear lastYear, IReadOnlyList<CaseSystemRow>? decisions, IReturnFiles files, CancellationToken ct)
    {
        if (decisions is not null)
        {
            await files.WriteAsync("PlacedAdoption_last.csv", async writer =>
            {
                var table = new Ssda903Csv(writer, CaseSystemTables.Columns[ReturnTables.PlacedAdoption]);
                foreach (var row in decisions)
                {
                    await table.WriteRowAsync([.. row.Values]);
                }
                await table.CompleteAsync();
            }, ct);
        }
        await using var episodes = files.Hold();
        await using var placementAuthorities = files.Hold();
        var tables = new PlacementsTables(episodes.Writer, placementAuthorities.Writer, TextWriter.Null, TextWriter.Null, TextWriter.Null);
        await files.WriteAsync("Header_last.csv", async writer =>
        {
            var headerTable = new Ssda903Csv(writer, Ssda903Csv.Header);
            await foreach (var child in sources.PlacementsAsync(lastYear, [], ct))
            {
                var h = child.Header;
                await headerTable.WriteRowAsync(h.Child, h.Sex, Ssda903Csv.Date(h.Dob), h.Ethnic, h.Upn, h.Mother, Ssda903Csv.Date(h.McDob));
                await tables.WriteAsync(child);
            }
            await headerTable.CompleteAsync();
        }, ct);
        await tables.CompleteAsync();
        await files.WriteAsync("Episodes_last.csv", episodes, ct);
        await files.WriteAsync("PlacementAuthorities_last.csv", placementAuthorities, ct);
    }

    /// <summary>An Episodes finding names its episode by DECOM, as the findings file has no column of its own for it.</summary>
    private static string WithEpisode(CorporateParenting.Placements.V1.ReturnFinding finding) =>
        finding.Decom.Length == 0 ? finding.Message : $"{finding.Message} (episode from {Ssda903Csv.Date(finding.Decom)})";
}
