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
/// date forms of docs/ssda903.md §2, and against the DfE validator's rules that a row breaks on its own, before it is
/// kept; a refused row is reported with its line, field and the rule it breaks, and the good rows are kept. Dates are
/// written back as dd/mm/yyyy whichever of the two accepted forms they came in. The rules over a table's rows together
/// or with the Header are the assembled return's (<see cref="CaseSystemFindings"/>).
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
    /// <summary>The genders of adopters each legal status allows, and the rule that says so.</summary>
    private static readonly Dictionary<string, (string Meaning, string[] Sexes, string Rule)> AdoptersOfStatus = new(StringComparer.Ordinal)
    {
        ["L0"] = ("a single adopter", ["M1", "F1"], "514"),
        ["L11"] = ("a married couple of different genders", ["MF"], "520"),
        ["L12"] = ("a married couple of the same gender", ["MM", "FF"], "524"),
        ["L2"] = ("a couple in a civil partnership", ["MM", "FF", "MF"], "519"),
        ["L3"] = ("an unmarried couple of different genders", ["MF"], "517"),
        ["L4"] = ("an unmarried couple of the same gender", ["MM", "FF"], "518"),
    };
    private static readonly string[] AdoptionItems = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];

    /// <summary>
    /// The 903's codes of English authorities as the validator lists them for rule 633, with Cumberland (942) and
    /// Westmorland and Furness (943), which replaced Cumbria (909) in April 2023 and which its list lacks.
    /// </summary>
    private static readonly HashSet<string> AuthorityCodes =
    [
        "201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213",
        "301", "302", "303", "304", "305", "306", "307", "308", "309", "310", "311", "312", "313", "314", "315", "316",
        "317", "318", "319", "320", "330", "331", "332", "333", "334", "335", "336", "340", "341", "342", "343", "344",
        "350", "351", "352", "353", "354", "355", "356", "357", "358", "359", "370", "371", "372", "373",
        "380", "381", "382", "383", "384", "390", "391", "392", "393", "394", "420",
        "800", "801", "802", "803", "805", "806", "807", "808", "810", "811", "812", "813", "815", "816",
        "821", "822", "823", "825", "826", "830", "831", "835", "836", "837", "840", "841", "845", "846",
        "850", "851", "852", "855", "856", "857", "860", "861", "865", "866", "867", "868", "869",
        "870", "871", "872", "873", "874", "876", "877", "878", "879", "880", "881", "882", "883", "884", "885", "886",
        "887", "888", "889", "890", "891", "892", "893", "894", "895", "896",
        "908", "909", "916", "919", "921", "925", "926", "928", "929", "931", "933", "935", "936", "937", "938",
        "942", "943",
    ];

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
                rows.Add(new CaseSystemRow(row.Line, row["CHILD"], Iso(DateOf(row["DOB"])!.Value), values));
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
            ReturnTables.Reviews => [.. common, .. Review(row, year, problems)],
            ReturnTables.Ad1 => [.. common, .. Adoption(row, problems)],
            ReturnTables.PlacedAdoption => [.. common, .. PlacedForAdoption(row, problems)],
            ReturnTables.PrevPerm =>
            [
                .. common, Code(row, "PREV_PERM", PreviousPermanence, required: true, problems, "631"), PermanenceAuthority(row, problems), PermanenceDate(row, problems),
            ],
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a table imported from the case system."),
        };
    }

    /// <summary>
    /// A review of the year: the return counts the reviews held in it. PN0 says the child was under 4 at the review,
    /// PN1 to PN7 how a child of 4 or over took part; on the 4th birthday either is right (440, 441).
    /// </summary>
    private static string[] Review(CsvRow row, CollectionYear year, List<(string, string)> problems)
    {
        var review = Date(row, "REVIEW", required: true, problems, "166");
        var code = Code(row, "REVIEW_CODE", ReviewCodes, required: true, problems, "167");
        var held = DateOf(row["REVIEW"]);
        if (held is { } day && !year.Contains(day))
        {
            problems.Add(("REVIEW", $"REVIEW {review} is not in the collection year {year.Name} ({Written(year.Start)} to {Written(year.End)})."));
        }
        if (held is { } on && DateOf(row["DOB"]) is { } dob)
        {
            var fourthBirthday = dob.AddYears(4);
            if (code == "PN0" && on > fourthBirthday)
            {
                problems.Add(("REVIEW_CODE", $"REVIEW_CODE PN0 is for a child under 4, but the child was 4 on {Written(fourthBirthday)}, before the review of {review} (rule 440)."));
            }
            else if (code != "PN0" && ReviewCodes.Contains(code) && on < fourthBirthday)
            {
                problems.Add(("REVIEW_CODE", $"REVIEW_CODE {code} is for a child of 4 or over, but the child was not 4 until {Written(fourthBirthday)}, after the review of {review} (rule 441)."));
            }
        }
        return [review, code];
    }

    /// <summary>
    /// An adoption: its items all given or all blank (151), matched only after the decision that adoption is in the
    /// child's interest (333), and the adopters' number, genders and legal status telling the same story (511–524).
    /// </summary>
    private static string[] Adoption(CsvRow row, List<(string, string)> problems)
    {
        string[] values =
        [
            Date(row, "DATE_INT", required: false, problems, "112"), Date(row, "DATE_MATCH", required: false, problems, "113"),
            Code(row, "FOSTER_CARE", ["0", "1"], required: false, problems, "114"), Code(row, "NB_ADOPTR", ["1", "2"], required: false, problems, "175"),
            Code(row, "SEX_ADOPTR", SexOfAdopters, required: false, problems, "176"), Code(row, "LS_ADOPTR", LegalStatusOfAdopters, required: false, problems, "177"),
        ];
        var blank = AdoptionItems.Where(field => row[field].Length == 0).ToList();
        if (blank.Count > 0 && blank.Count < AdoptionItems.Length)
        {
            problems.Add((blank[0], $"The adoption's items are all given or all left blank; {string.Join(", ", blank)} {(blank.Count == 1 ? "is" : "are")} blank (rule 151)."));
        }
        if (DateOf(row["DATE_MATCH"]) is { } matched && DateOf(row["DATE_INT"]) is { } decided && decided > matched)
        {
            problems.Add(("DATE_INT", $"DATE_INT {values[0]} is after DATE_MATCH {values[1]}: the child is matched with adopters only after the decision that adoption is in their interest (rule 333)."));
        }
        var (adopters, sex, status) = (values[3], values[4], values[5]);
        if (adopters == "2" && sex is ("M1" or "F1"))
        {
            problems.Add(("SEX_ADOPTR", $"NB_ADOPTR 2 is a couple, but SEX_ADOPTR {sex} is one adopter; a couple is MM, FF or MF (rule 511)."));
        }
        if (AdoptersOfStatus.TryGetValue(status, out var allowed) && !allowed.Sexes.Contains(sex))
        {
            problems.Add(("LS_ADOPTR", $"LS_ADOPTR {status} is {allowed.Meaning}, so SEX_ADOPTR is {string.Join(" or ", allowed.Sexes)}; '{sex}' is not (rule {allowed.Rule})."));
        }
        return values;
    }

    /// <summary>DATE_PLACED_CEASED and REASON_PLACED_CEASED both or neither, the ceasing not before the placing.</summary>
    private static string[] PlacedForAdoption(CsvRow row, List<(string, string)> problems)
    {
        var placed = Date(row, "DATE_PLACED", required: true, problems, "115");
        var ceased = Date(row, "DATE_PLACED_CEASED", required: false, problems, "116");
        var reason = Code(row, "REASON_PLACED_CEASED", ReasonsPlacedCeased, required: false, problems, "120");
        if ((row["DATE_PLACED_CEASED"].Length == 0) != (row["REASON_PLACED_CEASED"].Length == 0))
        {
            problems.Add(("REASON_PLACED_CEASED", "DATE_PLACED_CEASED and REASON_PLACED_CEASED are given together or not at all (rule 119)."));
        }
        if (DateOf(row["DATE_PLACED"]) is { } from && DateOf(row["DATE_PLACED_CEASED"]) is { } to && to < from)
        {
            problems.Add(("DATE_PLACED_CEASED", $"DATE_PLACED_CEASED {ceased} is before DATE_PLACED {placed} (rule 522)."));
        }
        return [placed, ceased, reason];
    }

    /// <summary>The authority that made the order: an English authority's three-digit 903 code, NIR, SCO, WAL, NUK or 999; or blank.</summary>
    private static string PermanenceAuthority(CsvRow row, List<(string, string)> problems)
    {
        var value = row["LA_PERM"].ToUpperInvariant();
        if (value.Length > 0 && !AuthorityCodes.Contains(value) && !PermanenceOutsideEngland.Contains(value))
        {
            problems.Add(("LA_PERM", $"LA_PERM must be an English authority's three-digit 903 code, or one of {string.Join(", ", PermanenceOutsideEngland)}; '{row["LA_PERM"]}' is not (rule 633)."));
        }
        return value;
    }

    /// <summary>
    /// DATE_PERM may be known only in part: ZZ/MM/yyyy or ZZ/ZZ/yyyy, as the return allows, read in either case and
    /// written in capitals, as the validator reads them (rule 632).
    /// </summary>
    private static string PermanenceDate(CsvRow row, List<(string, string)> problems)
    {
        var value = row["DATE_PERM"].ToUpperInvariant();
        return PartDate().IsMatch(value) ? value : Date(row, "DATE_PERM", required: false, problems);
    }

    private static string Code(CsvRow row, string field, IReadOnlyCollection<string> codes, bool required, List<(string, string)> problems, string rule)
    {
        var value = row[field].ToUpperInvariant();
        if (value.Length == 0 ? required : !codes.Contains(value))
        {
            problems.Add((field, $"{field} must be one of {string.Join(", ", codes)}{(required ? "" : " or blank")}; '{row[field]}' is not (rule {rule})."));
        }
        return value;
    }

    /// <summary>The date as dd/mm/yyyy, from dd/mm/yyyy or yyyy-mm-dd; blank when blank. <paramref name="rule"/> is the validator's for the field, if it has one.</summary>
    private static string Date(CsvRow row, string field, bool required, List<(string, string)> problems, string? rule = null)
    {
        var cited = rule is null ? "" : $" (rule {rule})";
        var value = row[field];
        if (value.Length == 0)
        {
            if (required)
            {
                problems.Add((field, $"{field} is required, as dd/mm/yyyy{cited}."));
            }
            return value;
        }
        if (DateOf(value) is not { } date)
        {
            problems.Add((field, $"{field} must be a date as dd/mm/yyyy (or yyyy-mm-dd); '{value}' is not{cited}."));
            return value;
        }
        return Written(date);
    }

    /// <summary>A date in either of the forms the import reads; <see langword="null"/> when blank or not a date.</summary>
    public static DateOnly? DateOf(string value) =>
        DateOnly.TryParseExact(value, ["dd/MM/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A date as the return's tables write it, dd/MM/yyyy.</summary>
    internal static string Written(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("^ZZ/(ZZ|0[1-9]|1[0-2])/[0-9]{4}$")]
    private static partial Regex PartDate();
}
