using System.Globalization;

namespace Reporting.Domain.Imports;

/// <summary>
/// The DfE validator's rules on one of the case system's tables that look past the row (docs/ssda903.md §7.5): a
/// PlacedAdoption decision against the Header's DOB (184), and a child's rows of a table together: one AD1 row (INT31)
/// and one PrevPerm row (INT35) a child, decisions to place for adoption that neither overlap (579) nor leave an earlier
/// one open (583); and what the year's episodes ask of the tables (<see cref="EpisodeIndex"/>): a previous permanence
/// option for each child who started to be looked after (630), a decision to place for adoption for each child placed
/// for adoption (551) or under a placement order, not ceased while that order's episode is open (553). They are findings
/// of the assembled return, not refusals at import: the import cannot know the Header or the episodes, and of two rows
/// that disagree it cannot tell which is wrong. Rows are added as the return reads them; a child's rows are kept until
/// <see cref="Complete"/> only for the tables whose rules need them together.
/// </summary>
public sealed class CaseSystemFindings(string table, HeaderIndex header, EpisodeIndex episodes)
{
    private static readonly Dictionary<string, (string Rule, string Message)> OnlyOnce = new(StringComparer.Ordinal)
    {
        [ReturnTables.Ad1] = ("INT31", "Internal Check: Child should only exist once in AD1."),
        [ReturnTables.PrevPerm] = ("INT35", "Internal Check: Child should only exist once in PrevPerm."),
    };

    private static readonly int DatePlaced = IndexOf(ReturnTables.PlacedAdoption, "DATE_PLACED");
    private static readonly int DatePlacedCeased = IndexOf(ReturnTables.PlacedAdoption, "DATE_PLACED_CEASED");
    private static readonly int ReasonPlacedCeased = IndexOf(ReturnTables.PlacedAdoption, "REASON_PLACED_CEASED");
    private static readonly int PreviousPermanence = IndexOf(ReturnTables.PrevPerm, "PREV_PERM");
    private static readonly int PermanenceAuthority = IndexOf(ReturnTables.PrevPerm, "LA_PERM");
    private static readonly int PermanenceDate = IndexOf(ReturnTables.PrevPerm, "DATE_PERM");

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
        if (table == ReturnTables.PlacedAdoption && episodes.HasOpenPlacementOrder(row.Child)
            && (row.Values[DatePlacedCeased].Length > 0 || row.Values[ReasonPlacedCeased].Length > 0))
        {
            yield return new ReturnFinding(row.Child, table, "DATE_PLACED_CEASED", "553",
                "The child's episode under a placement order (E1) is open on 31 March, so the decision that the child should be placed for adoption has not ceased: clear DATE_PLACED_CEASED and REASON_PLACED_CEASED.");
        }
        if (table == ReturnTables.PrevPerm && episodes.StartedInYear.ContainsKey(row.Child) && PermanenceIncomplete(row) is { } gap)
        {
            yield return new ReturnFinding(row.Child, table, gap, "630",
                $"The child started to be looked after in the year: record PREV_PERM, and for an option other than Z1 (none) LA_PERM and DATE_PERM; {gap} is blank.");
        }
    }

    private static string? PermanenceIncomplete(CaseSystemRow row) =>
        row.Values[PreviousPermanence].Length == 0 ? "PREV_PERM"
        : row.Values[PreviousPermanence] == "Z1" ? null
        : row.Values[PermanenceAuthority].Length == 0 ? "LA_PERM"
        : row.Values[PermanenceDate].Length == 0 ? "DATE_PERM"
        : null;

    /// <summary>What the rows added break together, and the rows the year's episodes ask for that the table lacks.</summary>
    public IEnumerable<ReturnFinding> Complete()
    {
        var together = OnlyOnce.TryGetValue(table, out var once)
            ? _rowsOf.Where(c => c.Value.Count > 1).Select(c => new ReturnFinding(c.Key, table, "CHILD", once.Rule, $"{once.Message} It has {c.Value.Count} rows."))
            : table == ReturnTables.PlacedAdoption ? _rowsOf.Values.SelectMany(DecisionsOfOneChild) : [];
        return together.Concat(Lacking());
    }

    private IEnumerable<ReturnFinding> Lacking()
    {
        IEnumerable<ReturnFinding> Without(IReadOnlyDictionary<string, DateOnly> children, string field, string rule, Func<DateOnly, string> message) =>
            children.Where(c => !_rowsOf.ContainsKey(c.Key)).Select(c => new ReturnFinding(c.Key, table, field, rule, message(c.Value)));

        return table switch
        {
            ReturnTables.PrevPerm => Without(episodes.StartedInYear, "PREV_PERM", "630",
                start => $"The child started to be looked after on {CaseSystemTables.Written(start)}, in the year: the PrevPerm table needs its previous permanence option (Z1 if none)."),
            ReturnTables.PlacedAdoption => Without(episodes.PlacedForAdoption, "DATE_PLACED", "551",
                start => $"The child has been placed for adoption (episode from {CaseSystemTables.Written(start)}): the PlacedAdoption table needs the date of the decision that the child should be placed for adoption.")
                .Concat(Without(episodes.PlacementOrders, "DATE_PLACED", "553",
                    start => $"A placement order has been granted (E1, episode from {CaseSystemTables.Written(start)}): the PlacedAdoption table needs the date of the decision that the child should be placed for adoption.")),
            _ => [],
        };
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
                $"Date of decision that a child should be placed for adoption is before the child was born: DATE_PLACED {row.Values[DatePlaced]}, DOB in the Header {CaseSystemTables.Written(born)}.")
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

    private static int IndexOf(string table, string field) => CaseSystemTables.Columns[table].ToList().IndexOf(field);
}
