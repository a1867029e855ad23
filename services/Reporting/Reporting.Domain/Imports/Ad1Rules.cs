namespace Reporting.Domain.Imports;

/// <summary>
/// The DfE validator's rules on an adoption's items (AD1) against the year's episodes and the OC3 cohort (docs/ssda903.md
/// §7.5). An AD1 row with its items blank says the child was not adopted; the rules read it so.
/// </summary>
internal static class Ad1Rules
{
    private const string Table = ReturnTables.Ad1;
    private const int DateInt = 2, DateMatch = 3, FosterCare = 4;
    private static readonly int[] Items = [2, 3, 4, 5, 6, 7];

    /// <summary>What one AD1 row breaks against the child's episodes and the OC3 rows read before it.</summary>
    public static IEnumerable<ReturnFinding> OfRow(CaseSystemRow row, ChildEpisodes? episodes, ReturnSoFar soFar)
    {
        var given = Items.Any(i => row.Values[i].Length > 0);
        var (decided, matched) = (CaseSystemTables.DateOf(row.Values[DateInt]), CaseSystemTables.DateOf(row.Values[DateMatch]));
        ReturnFinding Finding(string field, string rule, string message) => new(row.Child, Table, field, rule, message);

        if (given && soFar.IsCareLeaverWithData(row.Child))
        {
            yield return Finding("DATE_INT", "134", "Data on adoption should not be entered for the OC3 cohort: the child's OC3 row gives IN_TOUCH, ACTIV or ACCOM.");
        }
        if (given && episodes?.ContinuouslyLookedAfter == true)
        {
            yield return Finding("DATE_INT", "187", "Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed: the episodes show the child looked after all year.");
        }
        if (given && episodes?.AdoptedInYear is null)
        {
            yield return Finding("CHILD", "602", "The episode data submitted for this child does not show that he/she was adopted during the year: no episode ends with REC E11 or E12 within it.");
        }
        if (episodes?.AdoptedInYear is { } adopted && Items.Any(i => row.Values[i].Length == 0))
        {
            yield return Finding("DATE_INT", "601",
                $"The additional fields relating to adoption have not been completed although the episode data shows that the child was adopted during the year (on {CaseSystemTables.Written(adopted)}).");
        }
        if (episodes is null)
        {
            yield break;
        }
        if (matched > episodes.FirstEndedByAdoption)
        {
            yield return Finding("DATE_MATCH", "331",
                $"Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption: DATE_MATCH {row.Values[DateMatch]}, the placement that ended in adoption from {CaseSystemTables.Written(episodes.FirstEndedByAdoption!.Value)}.");
        }
        if (decided < episodes.LastEntry)
        {
            yield return Finding("DATE_INT", "334",
                $"Date child started to be looked after in latest period of care must be on or prior to the date should be placed for adoption: DATE_INT {row.Values[DateInt]}, the latest period of care from {CaseSystemTables.Written(episodes.LastEntry!.Value)}.");
        }
        if (decided > episodes.FirstPlacedForAdoption)
        {
            yield return Finding("DATE_INT", "521",
                $"Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be placed) must be on or prior to the date the child is placed for adoption: DATE_INT {row.Values[DateInt]}, placed for adoption from {CaseSystemTables.Written(episodes.FirstPlacedForAdoption!.Value)}.");
        }
        if ((row.Values[FosterCare] == "0" && episodes.EndedByAdoptionIn("A2", "A3", "A5"))
            || (row.Values[FosterCare] == "1" && episodes.EndedByAdoptionIn("A1", "A4", "A6")))
        {
            yield return Finding("FOSTER_CARE", "335",
                $"The current foster value ({row.Values[FosterCare]}) suggests that child is {(row.Values[FosterCare] == "0" ? "not " : "")}adopted by current foster carer, but last placement is {(row.Values[FosterCare] == "0" ? "A2, A3, or A5" : "A1, A4 or A6")}.");
        }
        if (matched is { } day && episodes.AdoptedOn(day))
        {
            yield return Finding("DATE_MATCH", "582",
                $"Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date reported for being matched with adopters ({row.Values[DateMatch]}). In most circumstances we expect the date the child is matched with adopters to be before the date of adoption.");
        }
    }

    /// <summary>
    /// A child adopted in the year with no AD1 row at all (601). The validator compares only the children AD1 lists; a
    /// missing row leaves the same items uncompleted, so we find it too.
    /// </summary>
    public static IEnumerable<ReturnFinding> Lacking(EpisodeIndex episodes, Func<string, bool> hasRows) =>
        episodes.AdoptedInYear.Where(c => !hasRows(c.Key)).Select(c => new ReturnFinding(c.Key, Table, "DATE_INT", "601",
            $"The additional fields relating to adoption have not been completed although the episode data shows that the child was adopted during the year (on {CaseSystemTables.Written(c.Value)}): the AD1 table has no row for the child."));
}
