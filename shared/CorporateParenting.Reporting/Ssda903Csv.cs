using System.Globalization;

namespace CorporateParenting.Reporting;

/// <summary>
/// One SSDA903 table written as CSV, the shape the DfE's validator and our caseload import read: a header row of the
/// table's field names, then a row per record; dates dd/mm/yyyy; a field quoted only when it holds a comma, a quote or
/// a line break (docs/ssda903.md §7).
/// </summary>
public sealed class Ssda903Csv(TextWriter writer, IReadOnlyList<string> columns)
{
    public static readonly IReadOnlyList<string> Header = ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"];

    /// <summary>The DfE's Episodes, exactly: its validator refuses a file with a column more or less.</summary>
    public static readonly IReadOnlyList<string> Episodes =
    [
        "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST",
        "PL_POST", "URN",
    ];

    /// <summary>
    /// The platform's own table beside Episodes: each episode's PL_LA, the ONS code of its placement's authority, which DfE
    /// derives from PL_POST and Placements' import needs given.
    /// </summary>
    public static readonly IReadOnlyList<string> PlacementAuthorities = ["CHILD", "DECOM", "PL_LA"];

    public static readonly IReadOnlyList<string> Uasc = ["CHILD", "SEX", "DOB", "DUC"];

    public static readonly IReadOnlyList<string> Missing = ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"];

    public static readonly IReadOnlyList<string> SocialWorkerEpisodes = ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"];

    /// <summary>Health's table (docs/health.md §5.1): the outcomes of a child looked after continuously for 12 months at 31 March.</summary>
    public static readonly IReadOnlyList<string> Oc2 =
    [
        "CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
        "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED",
    ];

    /// <summary>Leaving Care's table (docs/leaving-care.md §7): a care leaver around the 17th to 21st birthday, in touch at 22 to 25.</summary>
    public static readonly IReadOnlyList<string> Oc3 = ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"];

    /// <summary>The tables the platform does not hold, imported from the case system's own return (docs/ssda903.md §7.5).</summary>
    public static readonly IReadOnlyList<string> Reviews = ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"];

    public static readonly IReadOnlyList<string> Ad1 = ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];

    public static readonly IReadOnlyList<string> PlacedAdoption = ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"];

    public static readonly IReadOnlyList<string> PrevPerm = ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"];

    private bool _started;

    public async Task WriteRowAsync(params string[] values)
    {
        if (values.Length != columns.Count)
        {
            throw new ArgumentException($"A row has {columns.Count} fields ({string.Join(",", columns)}); {values.Length} were given.", nameof(values));
        }

        if (!_started)
        {
            _started = true;
            await writer.WriteAsync(string.Join(',', columns) + "\n");
        }

        await writer.WriteAsync(string.Join(',', values.Select(Field)) + "\n");
    }

    /// <summary>Writes the header row of a table with no rows.</summary>
    public async Task CompleteAsync()
    {
        if (!_started)
        {
            _started = true;
            await writer.WriteAsync(string.Join(',', columns) + "\n");
        }
        await writer.FlushAsync();
    }

    /// <summary>An ISO date (yyyy-MM-dd) as the return writes it; blank stays blank.</summary>
    public static string Date(string iso) => iso.Length == 0
        ? string.Empty
        : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
