using System.Globalization;
using CorporateParenting.Audit;
using CorporateParenting.Calendar;
using CorporateParenting.CodeLists;
using CorporateParenting.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Placements.Api.Options;
using Placements.Api.Infrastructure;
using Placements.Domain;

namespace Placements.Api.Import;

/// <summary>
/// Imports an existing caseload from SSDA903 Header and Episodes CSV files. Each child is all or nothing: its episodes
/// are replayed through <see cref="CareHistory"/> in memory, and a child with any problem is reported (file, line,
/// field, rule) and not stored. A child already stored with the same history is left alone, so re-importing the
/// same files changes nothing. History is not announced as events: it is the past, not news. Other services learn of
/// imported children from <c>StreamCareHistories</c> instead; each imported child's version is the time of its import.
/// </summary>
public sealed class CaseloadImport(PlacementsDbContext db, IAuditTrail audit, IOptions<AuthorityOptions> authority, TimeProvider clock)
{
    public const int BatchSize = 1000;

    public static readonly string[] HeaderColumns = ["CHILD", "SEX", "DOB"];
    public static readonly string[] EpisodeColumns = ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "PL_POST", "URN"];

    /// <summary>
    /// PL_LA, the ONS code of each placement's authority, which DfE derives from PL_POST and the platform needs given: a column
    /// of Episodes, or the platform's PlacementAuthorities table (CHILD, DECOM, PL_LA) beside DfE's own Episodes.
    /// </summary>
    public static readonly string[] PlacementAuthorityColumns = ["CHILD", "DECOM", "PL_LA"];

    public Task<ImportReport> ImportAsync(TextReader header, TextReader episodes, CancellationToken cancellationToken) =>
        ImportAsync(header, episodes, placementAuthorities: null, cancellationToken);

    public async Task<ImportReport> ImportAsync(TextReader header, TextReader episodes, TextReader? placementAuthorities, CancellationToken cancellationToken)
    {
        var headerTable = CsvTable.Read("Header", header);
        var episodeTable = CsvTable.Read("Episodes", episodes);
        RequireColumns(headerTable, HeaderColumns);
        RequireColumns(episodeTable, EpisodeColumns);
        var episodeRows = WithPlacementAuthorities(episodeTable, placementAuthorities);

        var episodesByChild = episodeRows.GroupBy(r => r["CHILD"]).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var references = headerTable.Rows.Select(r => r["CHILD"]).ToHashSet(StringComparer.Ordinal);
        var stored = await db.Children.AsNoTracking().Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes).AsSplitQuery()
            .Where(c => references.Contains(c.CaseReference))
            .ToDictionaryAsync(c => c.CaseReference, StringComparer.Ordinal, cancellationToken);

        var rejections = new List<ImportRejection>();
        var imported = 0;
        var unchanged = 0;
        var pending = 0;
        foreach (var row in headerTable.Rows)
        {
            var reference = row["CHILD"];
            var childRows = episodesByChild.GetValueOrDefault(reference) ?? [];
            var child = ChildFrom(row, childRows, rejections);
            if (child is null)
            {
                continue;
            }
            if (stored.TryGetValue(reference, out var existing))
            {
                if (SameHistory(existing, child))
                {
                    unchanged++;
                }
                else
                {
                    rejections.Add(new ImportRejection(reference, "Header", row.Line, "CHILD",
                        "Already recorded with a different history; correct it with the CorrectRecord command instead of importing it again."));
                }
                continue;
            }

            db.Children.Add(child);
            imported++;
            if (++pending == BatchSize)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                pending = 0;
            }
        }
        foreach (var orphan in episodesByChild.Keys.Where(k => !references.Contains(k)))
        {
            var first = episodesByChild[orphan][0];
            rejections.Add(new ImportRejection(orphan, "Episodes", first.Line, "CHILD", "Episodes for a child with no Header row."));
        }

        await db.SaveChangesAsync(cancellationToken);
        if (imported > 0)
        {
            await RefreshPlannerStatisticsAsync(cancellationToken);
        }
        await audit.RecordAsync(new AuditEntry("ImportCaseload", "child", null, $"{imported} imported, {unchanged} unchanged, {rejections.Count} rejections"), cancellationToken);
        return new ImportReport(imported, unchanged, rejections);
    }

    // Straight after a bulk load the planner still has the statistics of the nearly empty tables, and until autovacuum
    // catches up it reads one child's history by scanning every episode (GetChild at 84,000 children: seconds, not ms).
    private async Task RefreshPlannerStatisticsAsync(CancellationToken cancellationToken)
    {
        var tables = new[] { typeof(ChildRow), typeof(PeriodOfCareRow), typeof(EpisodeRow), typeof(SocialWorkerAllocationRow) }
            .Select(type => db.Model.FindEntityType(type)!.GetTableName());
        var analyze = "ANALYZE " + string.Join(", ", tables);
        await db.Database.ExecuteSqlRawAsync(analyze, cancellationToken);
    }

    private ChildRow? ChildFrom(CsvRow row, List<CsvRow> episodeRows, List<ImportRejection> rejections)
    {
        var reference = row["CHILD"];
        var before = rejections.Count;
        void Reject(CsvRow at, string field, string rule) => rejections.Add(new ImportRejection(reference, at.Table, at.Line, field, rule));

        if (reference.Length is 0 or > 50)
        {
            Reject(row, "CHILD", "CHILD must be 1 to 50 characters.");
        }
        var sex = row["SEX"] switch { "1" => "M", "2" => "F", var s => s.ToUpperInvariant() };
        if (!Ssda903Codes.Sex.Contains(sex))
        {
            Reject(row, "SEX", "SEX must be M, F or U (or 1 or 2 before 2024-25).");
        }
        var dateOfBirth = DateOf(row, "DOB", Reject);
        var upn = row["UPN"].Length == 0 ? null : row["UPN"].ToUpperInvariant();
        if (upn is not null && !UniquePupilNumber.IsValid(upn) && !UniquePupilNumber.IsUnknownCode(upn))
        {
            Reject(row, "UPN", "UPN must have a valid check letter, or be UN1 to UN5.");
        }
        var ethnicity = row["ETHNIC"].Length == 0 ? null : row["ETHNIC"].ToUpperInvariant();
        if (ethnicity is not null && !Ssda903Codes.Ethnicity.Contains(ethnicity))
        {
            Reject(row, "ETHNIC", "ETHNIC must be an SSDA903 ethnicity code.");
        }
        var motherhood = MotherhoodFrom(row, sex, dateOfBirth, Reject);
        if (episodeRows.Count == 0)
        {
            Reject(row, "CHILD", "A child needs at least one episode.");
        }
        if (rejections.Count > before || dateOfBirth is null)
        {
            return null;
        }

        var history = new CareHistory(dateOfBirth.Value, authority.Value.Code);
        if (!Replay(history, episodeRows, Reject))
        {
            return null;
        }
        var child = new ChildRow
        {
            Id = Guid.CreateVersion7(),
            CaseReference = reference,
            GivenName = row["GIVEN_NAME"],
            FamilyName = row["FAMILY_NAME"],
            DateOfBirth = dateOfBirth.Value,
            Sex = sex,
            Upn = upn,
            Ethnicity = ethnicity,
            Motherhood = motherhood,
            HomePostcode = episodeRows.Select(e => e["HOME_POST"]).FirstOrDefault(p => p.Length > 0 && UkPostcode.IsValid(p)) is { } home ? UkPostcode.Normalise(home) : null,
            ChangedAt = ChildRow.VersionAt(clock.GetUtcNow()),
        };
        CareHistoryStore.Store(history, child);
        return child;
    }

    /// <summary>MOTHER and MC_DOB when the file has them, checked against the child's sex and date of birth (docs/ssda903.md).</summary>
    private Motherhood MotherhoodFrom(CsvRow row, string sex, DateOnly? dateOfBirth, Action<CsvRow, string, string> reject)
    {
        var mother = row["MOTHER"];
        if (mother.Length > 0 && mother is not ("0" or "1"))
        {
            reject(row, "MOTHER", "MOTHER must be 1, 0 or blank (rule 165).");
            return Motherhood.NotRecorded;
        }
        var born = row["MC_DOB"].Length == 0 ? null : DateOf(row, "MC_DOB", reject);
        if (dateOfBirth is null || (row["MC_DOB"].Length > 0 && born is null))
        {
            return Motherhood.NotRecorded;
        }
        var motherhood = Motherhood.FromCodes(mother, born);
        try
        {
            motherhood.Check(sex, dateOfBirth.Value, clock.Today());
        }
        catch (CareRuleViolation violation)
        {
            reject(row, born is null ? "MOTHER" : "MC_DOB", violation.Message);
        }
        return motherhood;
    }

    /// <summary>Episodes joined by REC X1 form one period of care; any other REC ends it (docs/ssda903.md §1).</summary>
    private static bool Replay(CareHistory history, List<CsvRow> rows, Action<CsvRow, string, string> reject)
    {
        CsvRow? previous = null;
        foreach (var row in rows.OrderBy(r => DateOf(r, "DECOM", (_, _, _) => { }) ?? DateOnly.MinValue))
        {
            var start = DateOf(row, "DECOM", reject);
            var end = row["DEC"].Length == 0 ? null : DateOf(row, "DEC", reject);
            var rec = Blank(row["REC"]);
            if (start is null || (row["DEC"].Length > 0 && end is null))
            {
                return false;
            }
            if ((end is null) != (rec is null))
            {
                reject(row, "DEC", "DEC and REC must both be given or both be blank (rule 148).");
                return false;
            }
            if (row["PL_LA"].Length == 0)
            {
                reject(row, "PL_LA", "PL_LA, the ONS code of the placement's authority, is required: one for the episode, in Episodes or in PlacementAuthorities.");
                return false;
            }
            var placement = new Placement(row["PLACE"], Blank(row["PLACE_PROVIDER"]), Blank(row["URN"]), Blank(row["PL_POST"]), row["PL_LA"]);
            try
            {
                var continues = previous is not null && previous["REC"] == "X1";
                if (!continues)
                {
                    if (row["RNE"] != "S")
                    {
                        reject(row, "RNE", "A new period of care starts with RNE S (rule 357).");
                        return false;
                    }
                    history.EnterCare(start.Value, row["LS"], row["CIN"], placement);
                }
                else
                {
                    if (previous!["DEC"] != row["DECOM"])
                    {
                        reject(row, "DECOM", $"The previous episode ended with REC X1 on {previous["DEC"]}, so this one must start that day (rule 388).");
                        return false;
                    }
                    Continue(history, row, start.Value, placement, Blank(previous["REASON_PLACE_CHANGE"]), reject);
                }
                if (end is { } ended && rec != "X1")
                {
                    history.EndCare(ended, rec!);
                }
            }
            catch (CareRuleViolation violation)
            {
                reject(row, "DECOM", violation.Message);
                return false;
            }
            catch (ArgumentException invalid)
            {
                reject(row, "RNE", invalid.Message);
                return false;
            }
            previous = row;
        }
        if (previous is not null && previous["REC"] == "X1")
        {
            reject(previous, "REC", "REC X1 needs a continuation episode starting the same day (rule 388).");
            return false;
        }
        return true;
    }

    private static void Continue(CareHistory history, CsvRow row, DateOnly start, Placement placement, string? reasonForChange, Action<CsvRow, string, string> reject)
    {
        switch (row["RNE"])
        {
            case "P" or "T":
                history.ChangePlacement(start, placement, reasonForChange, row["RNE"] == "T" ? Carers.Same : Carers.New);
                break;
            case "L":
                history.ChangeLegalStatus(start, row["LS"]);
                break;
            case "B" or "U":
                history.ChangeLegalStatusAndPlacement(start, row["LS"], placement, reasonForChange, row["RNE"] == "U" ? Carers.Same : Carers.New);
                break;
            default:
                throw new ArgumentException($"RNE '{row["RNE"]}' cannot continue a period of care; use P, T, L, B or U (S starts a new period).");
        }
    }

    private static bool SameHistory(ChildRow stored, ChildRow imported) =>
        Episodes(stored).SequenceEqual(Episodes(imported)) && stored.DateOfBirth == imported.DateOfBirth && stored.Sex == imported.Sex;

    private static IEnumerable<string> Episodes(ChildRow child) =>
        child.PeriodsOfCare.OrderBy(p => p.StartedOn).SelectMany(p => p.Episodes.OrderBy(e => e.Sequence)).Select(e =>
            $"{e.StartsOn}|{e.EndsOn}|{e.ReasonForNewEpisode}|{e.LegalStatus}|{e.CategoryOfNeed}|{e.PlacementType}|{e.PlacementProvider}|{e.PlacementAuthorityCode}|{e.ReasonCeased}");

    private static DateOnly? DateOf(CsvRow row, string column, Action<CsvRow, string, string> reject)
    {
        if (DateOnly.TryParseExact(row[column], ["dd/MM/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        reject(row, column, $"{column} must be a date as dd/MM/yyyy (or yyyy-MM-dd); '{row[column]}' is not.");
        return null;
    }

    private static string? Blank(string value) => value.Length == 0 ? null : value;

    /// <summary>The Episodes rows with their PL_LA, from the column or from the PlacementAuthorities table by CHILD and DECOM.</summary>
    private static IReadOnlyList<CsvRow> WithPlacementAuthorities(CsvTable episodes, TextReader? placementAuthorities)
    {
        bool inEpisodes = episodes.Columns.Contains("PL_LA");
        if (placementAuthorities is null)
        {
            return inEpisodes ? episodes.Rows : throw new FormatException(
                "The Episodes file lacks the column PL_LA, the ONS code of the placement's authority (DfE derives it from PL_POST; the platform needs it given): add it, or give the PlacementAuthorities file (CHILD, DECOM, PL_LA).");
        }
        if (inEpisodes)
        {
            throw new FormatException("PL_LA is given both in the Episodes file and in the PlacementAuthorities file: give it once.");
        }

        var table = CsvTable.Read("PlacementAuthorities", placementAuthorities);
        RequireColumns(table, PlacementAuthorityColumns);
        // Two different codes for one episode are both kept, joined, so the child is refused naming them.
        var byEpisode = table.Rows.GroupBy(r => (r["CHILD"], r["DECOM"]))
            .ToDictionary(g => g.Key, g => string.Join(" or ", g.Select(r => r["PL_LA"]).Distinct(StringComparer.Ordinal)));
        return [.. episodes.Rows.Select(row => row with
        {
            Fields = new Dictionary<string, string>(row.Fields, StringComparer.Ordinal) { ["PL_LA"] = byEpisode.GetValueOrDefault((row["CHILD"], row["DECOM"]), string.Empty) },
        })];
    }

    private static void RequireColumns(CsvTable table, string[] required)
    {
        var missing = required.Where(c => !table.Columns.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"The {table.Name} file lacks the column(s) {string.Join(", ", missing)}.");
        }
    }
}
