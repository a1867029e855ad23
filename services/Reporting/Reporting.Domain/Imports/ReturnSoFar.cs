namespace Reporting.Domain.Imports;

/// <summary>
/// What the return has read before a case system table that the table's rules compare with (docs/ssda903.md §7.5):
/// the OC3 care leavers with data (rule 134), the AD1 rows (read before PlacedAdoption: 523, 525) and last year's
/// PlacedAdoption, when last year's was imported (559, 560, 561, 584).
/// </summary>
public sealed class ReturnSoFar
{
    private readonly HashSet<string> _careLeaversWithData = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CaseSystemRow>> _adoptions = new(StringComparer.Ordinal);
    private Dictionary<string, List<CaseSystemRow>>? _decisionsLastYear;

    /// <summary>Notes an OC3 row of the year that gives IN_TOUCH, ACTIV or ACCOM.</summary>
    public void CareLeaverWithData(string child) => _careLeaversWithData.Add(child);

    public bool IsCareLeaverWithData(string child) => _careLeaversWithData.Contains(child);

    /// <summary>Notes an AD1 row as it is read.</summary>
    public void Adoption(CaseSystemRow row) => RowsOf(_adoptions, row.Child).Add(row);

    public IReadOnlyList<CaseSystemRow> AdoptionsOf(string child) => _adoptions.GetValueOrDefault(child) ?? [];

    /// <summary>Notes last year's PlacedAdoption as imported for it; a year with none imported is never noted, and its rules are not applied.</summary>
    public void DecisionsLastYear(IEnumerable<CaseSystemRow> rows)
    {
        _decisionsLastYear = new(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            RowsOf(_decisionsLastYear, row.Child).Add(row);
        }
    }

    /// <summary><paramref name="child"/>'s rows of last year's PlacedAdoption; <see langword="null"/> when last year's was not imported.</summary>
    public IReadOnlyList<CaseSystemRow>? DecisionsLastYearOf(string child) =>
        _decisionsLastYear is null ? null : _decisionsLastYear.GetValueOrDefault(child) ?? [];

    private static List<CaseSystemRow> RowsOf(Dictionary<string, List<CaseSystemRow>> rows, string child)
    {
        if (!rows.TryGetValue(child, out var list))
        {
            rows[child] = list = [];
        }
        return list;
    }
}
