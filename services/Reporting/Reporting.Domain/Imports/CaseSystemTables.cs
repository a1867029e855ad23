using System.Globalization;
using System.Text.RegularExpressions;
using CorporateParenting.Reporting;

namespace Reporting.Domain.Imports;

/// <summary>A row the import keeps: its line in the file, its child, DOB (ISO, for the cross-table rules) and its fields as the return writes them.</summary>
public sealed record CaseSystemRow(int Line, string Child, string Dob, IReadOnlyList<string> Values);

/// <summary>A row the import refuses, naming the field and why; the rest of the file is kept.</summary>
public sealed record RowRejection(int Line, string Child, string Field, string Message);

/// <summary>What an import of one table keeps and what it refuses.</summary>
public sealed record CaseSystemTable(string Table, IReadOnlyList<CaseSystemRow> Rows, IReadOnlyList<RowRejection> Rejections);

/// <summary>
/// The return's tables the platform does not record, taken from the case system's own 903 files (docs/ssda903.md
/// §7.5): Reviews, AD1, PlacedAdoption and PrevPerm. Each row is checked field by field against the code lists and
/// date forms of docs/ssda903.md §2 before it is kept; a refused row is reported with its line and field, and the
/// good rows are kept. Dates are written back as dd/mm/yyyy whichever of the two accepted forms they came in.
/// </summary>
public static partial class CaseSystemTables
{
    /// <summary>In the order the return lists them.</summary>
    public static readonly IReadOnlyList<string> Names = [ReturnTables.Reviews, ReturnTables.Ad1, ReturnTables.PlacedAdoption, ReturnTables.PrevPerm];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Columns = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [ReturnTables.Reviews] = Ssda903Csv.Reviews,
        [ReturnTables.Ad1] = Ssda903Csv.Ad1,
        [ReturnTables.PlacedAdoption] = Ssda903Csv.PlacedAdoption,
        [ReturnTables.PrevPerm] = Ssda903Csv.PrevPerm,
    };

    private static readonly string[] ReviewCodes = ["PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"];
    private static readonly string[] SexOfAdopters = ["M1", "F1", "MM", "FF", "MF"];
    private static readonly string[] LegalStatusOfAdopters = ["L0", "L11", "L12", "L2", "L3", "L4"];
    private static readonly string[] ReasonsPlacedCeased = ["RD1", "RD2", "RD3", "RD4"];
    private static readonly string[] PreviousPermanence = ["P1", "P2", "P3", "P4", "Z1"];
    private static readonly string[] PermanenceOutsideEngland = ["NIR", "SCO", "WAL", "NUK", "999"];

    /// <summary>The table's rows checked; a file whose header lacks a column of the table is refused whole, naming them.</summary>
    public static CaseSystemTable Check(string table, CsvTable file, CollectionYear year)
    {
        var columns = Columns[table];
        var missing = columns.Where(c => !file.Columns.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"The {table} file lacks the column(s) {string.Join(", ", missing)}; its header must be {string.Join(",", columns)}.");
        }
        var rows = new List<CaseSystemRow>();
        var rejections = new List<RowRejection>();
        foreach (var row in file.Rows)
        {
            var problems = new List<(string Field, string Message)>();
            var values = Check(table, row, year, problems);
            if (problems.Count == 0)
            {
                rows.Add(new CaseSystemRow(row.Line, row["CHILD"], IsoDate(row["DOB"])!, values));
            }
            rejections.AddRange(problems.Select(p => new RowRejection(row.Line, row["CHILD"], p.Field, p.Message)));
        }
        return new CaseSystemTable(table, rows, rejections);
    }

    private static string[] Check(string table, CsvRow row, CollectionYear year, List<(string Field, string Message)> problems)
    {
        var child = row["CHILD"];
        if (child.Length == 0)
        {
            problems.Add(("CHILD", "CHILD is required: the child's reference as the Header gives it."));
        }
        else if (child.Length > 50)
        {
            problems.Add(("CHILD", "CHILD is at most 50 characters."));
        }
        var dob = Date(row, "DOB", required: true, problems);
        string[] common = [child, dob];
        return table switch
        {
            ReturnTables.Reviews => [.. common, Review(row, year, problems), Code(row, "REVIEW_CODE", ReviewCodes, required: true, problems)],
            ReturnTables.Ad1 =>
            [
                .. common, Date(row, "DATE_INT", required: false, problems), Date(row, "DATE_MATCH", required: false, problems),
                Code(row, "FOSTER_CARE", ["0", "1"], required: false, problems), Code(row, "NB_ADOPTR", ["1", "2"], required: false, problems),
                Code(row, "SEX_ADOPTR", SexOfAdopters, required: false, problems), Code(row, "LS_ADOPTR", LegalStatusOfAdopters, required: false, problems),
            ],
            ReturnTables.PlacedAdoption => [.. common, .. PlacedForAdoption(row, problems)],
            ReturnTables.PrevPerm =>
            [
                .. common, Code(row, "PREV_PERM", PreviousPermanence, required: true, problems), PermanenceAuthority(row, problems), PermanenceDate(row, problems),
            ],
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a table imported from the case system."),
        };
    }

    /// <summary>A review of the year: the return counts the reviews held in it.</summary>
    private static string Review(CsvRow row, CollectionYear year, List<(string, string)> problems)
    {
        var review = Date(row, "REVIEW", required: true, problems);
        if (IsoDate(row["REVIEW"]) is { } iso && !year.Contains(DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture)))
        {
            problems.Add(("REVIEW", $"REVIEW {review} is not in the collection year {year.Name} ({Ssda903Csv.Date(Iso(year.Start))} to {Ssda903Csv.Date(Iso(year.End))})."));
        }
        return review;
    }

    /// <summary>DATE_PLACED_CEASED and REASON_PLACED_CEASED both or neither, the ceasing not before the placing.</summary>
    private static string[] PlacedForAdoption(CsvRow row, List<(string, string)> problems)
    {
        var placed = Date(row, "DATE_PLACED", required: true, problems);
        var ceased = Date(row, "DATE_PLACED_CEASED", required: false, problems);
        var reason = Code(row, "REASON_PLACED_CEASED", ReasonsPlacedCeased, required: false, problems);
        if ((row["DATE_PLACED_CEASED"].Length == 0) != (row["REASON_PLACED_CEASED"].Length == 0))
        {
            problems.Add(("REASON_PLACED_CEASED", "DATE_PLACED_CEASED and REASON_PLACED_CEASED are given together or not at all."));
        }
        if (IsoDate(row["DATE_PLACED"]) is { } from && IsoDate(row["DATE_PLACED_CEASED"]) is { } to && string.CompareOrdinal(to, from) < 0)
        {
            problems.Add(("DATE_PLACED_CEASED", $"DATE_PLACED_CEASED {ceased} is before DATE_PLACED {placed}."));
        }
        return [placed, ceased, reason];
    }

    /// <summary>The authority that made the order: its three-digit 903 code, NIR, SCO, WAL, NUK or 999; or blank.</summary>
    private static string PermanenceAuthority(CsvRow row, List<(string, string)> problems)
    {
        var value = row["LA_PERM"].ToUpperInvariant();
        if (value.Length > 0 && !ThreeDigits().IsMatch(value) && !PermanenceOutsideEngland.Contains(value))
        {
            problems.Add(("LA_PERM", $"LA_PERM must be the authority's three-digit code, or one of {string.Join(", ", PermanenceOutsideEngland)}; '{row["LA_PERM"]}' is not."));
        }
        return value;
    }

    /// <summary>DATE_PERM may be known only in part: zz/MM/yyyy or zz/zz/yyyy, as the return allows.</summary>
    private static string PermanenceDate(CsvRow row, List<(string, string)> problems)
    {
        var value = row["DATE_PERM"].ToLowerInvariant();
        return PartDate().IsMatch(value) ? value : Date(row, "DATE_PERM", required: false, problems);
    }

    private static string Code(CsvRow row, string field, IReadOnlyCollection<string> codes, bool required, List<(string, string)> problems)
    {
        var value = row[field].ToUpperInvariant();
        if (value.Length == 0 ? required : !codes.Contains(value))
        {
            problems.Add((field, $"{field} must be one of {string.Join(", ", codes)}{(required ? "" : " or blank")}; '{row[field]}' is not."));
        }
        return value;
    }

    /// <summary>The date as dd/mm/yyyy, from dd/mm/yyyy or yyyy-mm-dd; blank when blank.</summary>
    private static string Date(CsvRow row, string field, bool required, List<(string, string)> problems)
    {
        var value = row[field];
        if (value.Length == 0)
        {
            if (required)
            {
                problems.Add((field, $"{field} is required, as dd/mm/yyyy."));
            }
            return value;
        }
        if (IsoDate(value) is not { } iso)
        {
            problems.Add((field, $"{field} must be a date as dd/mm/yyyy (or yyyy-mm-dd); '{value}' is not."));
            return value;
        }
        return Ssda903Csv.Date(iso);
    }

    private static string? IsoDate(string value) =>
        DateOnly.TryParseExact(value, ["dd/MM/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Iso(date) : null;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("^[0-9]{3}$")]
    private static partial Regex ThreeDigits();

    [GeneratedRegex("^zz/(zz|0[1-9]|1[0-2])/[0-9]{4}$")]
    private static partial Regex PartDate();
}
