using System.Globalization;

namespace Reporting.Domain.Imports;

/// <summary>
/// The DfE validator's rules on one of the case system's tables that look past the row (docs/ssda903.md §7.5): against
/// the Header's DOB (184), the year's episodes (<see cref="EpisodeIndex"/>), the tables the return read before it
/// (<see cref="ReturnSoFar"/>: OC3, AD1, last year's PlacedAdoption), and a child's rows of the table together (INT31,
/// INT35, 579, 583, 552, 558), with the rows the episodes ask for that the table lacks (551, 553, 555, 557, 601, 630).
/// The rules of each table are in <see cref="PlacedAdoptionRules"/>, <see cref="Ad1Rules"/> and <see cref="PrevPermRules"/>.
/// They are findings of the assembled return, not refusals at import: the import knows none of these, and of two rows
/// that disagree it cannot tell which is wrong. Rows are added as the return reads them; a child's rows are kept until
/// <see cref="Complete"/> only for the tables whose rules need them together.
/// </summary>
public sealed class CaseSystemFindings(string table, HeaderIndex header, EpisodeIndex episodes, ReturnSoFar soFar)
{
    private static readonly Dictionary<string, (string Rule, string Message)> OnlyOnce = new(StringComparer.Ordinal)
    {
        [ReturnTables.Ad1] = ("INT31", "Internal Check: Child should only exist once in AD1."),
        [ReturnTables.PrevPerm] = ("INT35", "Internal Check: Child should only exist once in PrevPerm."),
    };

    private const int DatePlaced = 2;

    private readonly Dictionary<string, List<CaseSystemRow>> _rowsOf = new(StringComparer.Ordinal);

    /// <summary>Notes <paramref name="row"/> and answers what it breaks on its own with what the return read before it.</summary>
    public IEnumerable<ReturnFinding> Add(CaseSystemRow row)
    {
        if (table != ReturnTables.Reviews)
        {
            if (!_rowsOf.TryGetValue(row.Child, out var rows))
            {
                _rowsOf[row.Child] = rows = [];
            }
            rows.Add(row);
        }
        if (table == ReturnTables.Ad1)
        {
            soFar.Adoption(row);
        }
        var ofChild = episodes.Of(row.Child);
        return table switch
        {
            ReturnTables.PlacedAdoption => PlacedBeforeBirth(row).Concat(PlacedAdoptionRules.OfRow(row, ofChild, soFar, episodes.Year)),
            ReturnTables.Ad1 => Ad1Rules.OfRow(row, ofChild, soFar),
            ReturnTables.PrevPerm => PrevPermRules.OfRow(row, ofChild),
            _ => ReviewOfShortBreaks(row, ofChild),
        };
    }

    /// <summary>What the rows added break together, and the rows the year's episodes ask for that the table lacks.</summary>
    public IEnumerable<ReturnFinding> Complete()
    {
        bool HasRows(string child) => _rowsOf.ContainsKey(child);
        var together = OnlyOnce.TryGetValue(table, out var once)
            ? _rowsOf.Where(c => c.Value.Count > 1).Select(c => new ReturnFinding(c.Key, table, "CHILD", once.Rule, $"{once.Message} It has {c.Value.Count} rows."))
            : table == ReturnTables.PlacedAdoption ? _rowsOf.SelectMany(c => PlacedAdoptionRules.OfChild(c.Value, episodes.Of(c.Key))) : [];
        return together.Concat(table switch
        {
            ReturnTables.PlacedAdoption => PlacedAdoptionRules.Lacking(episodes, HasRows),
            ReturnTables.Ad1 => Ad1Rules.Lacking(episodes, HasRows),
            ReturnTables.PrevPerm => PrevPermRules.Lacking(episodes, HasRows),
            _ => [],
        });
    }

    /// <summary>Rule 184, with the Header's DOB as the validator takes it; a child the Header lacks is INT02's.</summary>
    private IEnumerable<ReturnFinding> PlacedBeforeBirth(CaseSystemRow row)
    {
        if (header.DobOf(row.Child) is not { Length: > 0 } iso)
        {
            yield break;
        }
        var born = DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (CaseSystemTables.DateOf(row.Values[DatePlaced]) < born)
        {
            yield return new ReturnFinding(row.Child, table, "DATE_PLACED", "184",
                $"Date of decision that a child should be placed for adoption is before the child was born: DATE_PLACED {row.Values[DatePlaced]}, DOB in the Header {CaseSystemTables.Written(born)}.");
        }
    }

    /// <summary>Rule 399: a child whose every episode is a short break (V3, V4) has no reviews in the return.</summary>
    private IEnumerable<ReturnFinding> ReviewOfShortBreaks(CaseSystemRow row, ChildEpisodes? ofChild)
    {
        if (ofChild?.OnlyShortBreaks == true)
        {
            yield return new ReturnFinding(row.Child, table, "REVIEW", "399",
                "Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4: every episode of the child's year is a short break.");
        }
    }
}
