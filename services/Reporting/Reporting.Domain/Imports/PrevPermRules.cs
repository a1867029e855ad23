using System.Globalization;

namespace Reporting.Domain.Imports;

/// <summary>
/// The DfE validator's rules on a previous permanence option (PrevPerm) against the year's episodes (docs/ssda903.md
/// §7.5): complete when the child started to be looked after in the year (630), dated before the first episode (632),
/// and given only for a child whose latest episode started in the year (634).
/// </summary>
internal static class PrevPermRules
{
    private const string Table = ReturnTables.PrevPerm;
    private const int PreviousPermanence = 2, PermanenceAuthority = 3, PermanenceDate = 4;

    public static IEnumerable<ReturnFinding> OfRow(CaseSystemRow row, ChildEpisodes? episodes)
    {
        if (episodes is null)
        {
            yield break;
        }
        if (episodes.StartedInYear is not null && Incomplete(row) is { } gap)
        {
            yield return new ReturnFinding(row.Child, Table, gap, "630",
                $"The child started to be looked after in the year: record PREV_PERM, and for an option other than Z1 (none) LA_PERM and DATE_PERM; {gap} is blank.");
        }
        if (LatestPossible(row.Values[PermanenceDate]) is { } ordered && ordered >= episodes.FirstStart)
        {
            yield return new ReturnFinding(row.Child, Table, "DATE_PERM", "632",
                $"Date of previous permanence order not a valid value: DATE_PERM {row.Values[PermanenceDate]} is not before the child's first episode of the year, from {CaseSystemTables.Written(episodes.FirstStart)}.");
        }
        var given = row.Values[PreviousPermanence].Length > 0 || row.Values[PermanenceAuthority].Length > 0 || row.Values[PermanenceDate].Length > 0;
        if (given && episodes.LastStart < episodes.Year.Start)
        {
            yield return new ReturnFinding(row.Child, Table, "PREV_PERM", "634",
                $"There are entries for previous permanence options, but child has not started to be looked after from 1 April 2016 onwards: the child's latest episode began on {CaseSystemTables.Written(episodes.LastStart)}, before this year's return, whose PrevPerm is for children starting care in the year.");
        }
    }

    /// <summary>The children who started to be looked after in the year with no PrevPerm row (630).</summary>
    public static IEnumerable<ReturnFinding> Lacking(EpisodeIndex episodes, Func<string, bool> hasRows) =>
        episodes.StartedInYear.Where(c => !hasRows(c.Key)).Select(c => new ReturnFinding(c.Key, Table, "PREV_PERM", "630",
            $"The child started to be looked after on {CaseSystemTables.Written(c.Value)}, in the year: the PrevPerm table needs its previous permanence option (Z1 if none)."));

    private static string? Incomplete(CaseSystemRow row) =>
        row.Values[PreviousPermanence].Length == 0 ? "PREV_PERM"
        : row.Values[PreviousPermanence] == "Z1" ? null
        : row.Values[PermanenceAuthority].Length == 0 ? "LA_PERM"
        : row.Values[PermanenceDate].Length == 0 ? "DATE_PERM"
        : null;

    /// <summary>
    /// DATE_PERM as the validator compares it: a part left unknown (ZZ) is the latest it could be, so ZZ/05/2019 is 31
    /// May 2019 and ZZ/ZZ/2019 is 31 December 2019; blank is nothing to compare.
    /// </summary>
    private static DateOnly? LatestPossible(string value)
    {
        var parts = value.Split('/');
        if (parts.Length != 3 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }
        if (parts[1] == "ZZ")
        {
            return new DateOnly(year, 12, 31);
        }
        if (parts[0] == "ZZ")
        {
            var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
            return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        }
        return CaseSystemTables.DateOf(value);
    }
}
