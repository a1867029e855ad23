using System.Globalization;

namespace Reporting.Domain.Imports;

/// <summary>
/// The DfE validator's rules on one of the case system's tables that look past the row (docs/ssda903.md §7.5): a
/// PlacedAdoption decision against the Header's DOB (184), and a child's rows of a table together: one AD1 row (INT31)
/// and one PrevPerm row (INT35) a child, decisions to place for adoption that neither overlap (579) nor leave an earlier
/// one open (583). They are findings of the assembled return, not refusals at import: the import cannot know the
/// Header, and of two rows that disagree it cannot tell which is wrong. Rows are added as the return reads them;
/// a child's rows are kept until <see cref="Complete"/> only for the tables whose rules need them together.
/// </summary>
public sealed class CaseSystemFindings(string table, HeaderIndex header)
{
    private static readonly Dictionary<string, (string Rule, string Message)> OnlyOnce = new(StringComparer.Ordinal)
    {
        [ReturnTables.Ad1] = ("INT31", "Internal Check: Child should only exist once in AD1."),
        [ReturnTables.PrevPerm] = ("INT35", "Internal Check: Child should only exist once in PrevPerm."),
    };

    private static readonly int DatePlaced = IndexOf("DATE_PLACED");
    private static readonly int DatePlacedCeased = IndexOf("DATE_PLACED_CEASED");

    private readonly Dictionary<string, List<CaseSystemRow>> _rowsOf = new(StringComparer.Ordinal);

    /// <summary>Notes <paramref name="row"/> and answers what it breaks on its own with the Header.</summary>
    public IEnumerable<ReturnFinding> Add(CaseSystemRow row)
    {
        if (table == ReturnTables.Ad1 || table == ReturnTables.PlacedAdoption || table == ReturnTables.PrevPerm)
        {
            if (!_rowsOf.TryGetValue(row.Child, out var rows))
            {
                _rowsOf[row.Child] = rows = [];
            }
            rows.Add(row);
        }
        if (table == ReturnTables.PlacedAdoption && PlacedBeforeBirth(row) is { } finding)
        {
            yield return finding;
        }
    }

    /// <summary>What the rows added break together.</summary>
    public IEnumerable<ReturnFinding> Complete()
    {
        if (OnlyOnce.TryGetValue(table, out var once))
        {
            return _rowsOf.Where(c => c.Value.Count > 1)
                .Select(c => new ReturnFinding(c.Key, table, "CHILD", once.Rule, $"{once.Message} It has {c.Value.Count} rows."));
        }
        return table == ReturnTables.PlacedAdoption ? _rowsOf.Values.SelectMany(DecisionsOfOneChild) : [];
    }

    /// <summary>Rule 184, with the Header's DOB as the validator takes it; a child the Header lacks is INT02's.</summary>
    private ReturnFinding? PlacedBeforeBirth(CaseSystemRow row)
    {
        if (header.DobOf(row.Child) is not { Length: > 0 } iso)
        {
            return null;
        }
        var born = DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Date(row, DatePlaced) < born
            ? new ReturnFinding(row.Child, table, "DATE_PLACED", "184",
                $"Date of decision that a child should be placed for adoption is before the child was born: DATE_PLACED {row.Values[DatePlaced]}, DOB in the Header {born.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.")
            : null;
    }

    /// <summary>
    /// Rules 579 and 583 on one child's decisions in the order they were made: each one after the first starts on or
    /// after the day the one before it ceased (579, on the later one), and only the latest may still be open (583, on
    /// the earlier one).
    /// </summary>
    private IEnumerable<ReturnFinding> DecisionsOfOneChild(List<CaseSystemRow> rows)
    {
        var decisions = rows.OrderBy(r => Date(r, DatePlaced)).ThenBy(r => r.Line).ToList();
        for (var i = 1; i < decisions.Count; i++)
        {
            var (before, next) = (decisions[i - 1], decisions[i]);
            var ceased = Date(before, DatePlacedCeased);
            if (ceased is null || Date(next, DatePlaced) < ceased)
            {
                yield return new ReturnFinding(next.Child, table, "DATE_PLACED", "579",
                    $"A new decision that the child should be placed for adoption cannot start when the previous decision is still open, nor before it ceased: DATE_PLACED {next.Values[DatePlaced]}, the decision of {before.Values[DatePlaced]} {(ceased is null ? "not ceased" : $"ceased {before.Values[DatePlacedCeased]}")}.");
            }
            if (ceased is null)
            {
                yield return new ReturnFinding(before.Child, table, "DATE_PLACED_CEASED", "583",
                    $"More than one date the child should be placed for adoption has been reported, but an earlier decision has not been revoked: add the date the decision of {before.Values[DatePlaced]} ceased.");
            }
        }
    }

    private static DateOnly? Date(CaseSystemRow row, int column) => CaseSystemTables.DateOf(row.Values[column]);

    private static int IndexOf(string field) => CaseSystemTables.Columns[ReturnTables.PlacedAdoption].ToList().IndexOf(field);
}
