using CorporateParenting.Reporting;

namespace Reporting.Domain.Imports;

/// <summary>
/// The DfE validator's rules on the decisions to place a child for adoption (PlacedAdoption) that look past the row
/// (docs/ssda903.md §7.5): against the year's episodes, AD1, and last year's decisions; and a child's decisions
/// together. Each finding names the field to put right; the message starts with the validator's own words.
/// </summary>
internal static class PlacedAdoptionRules
{
    private const string Table = ReturnTables.PlacedAdoption;
    private const int DatePlaced = 2, DatePlacedCeased = 3, ReasonPlacedCeased = 4;
    private static readonly int[] AdoptionItems = [2, 3, 4, 5, 6, 7];

    /// <summary>What one decision breaks against the child's episodes, its AD1 row and last year's decisions.</summary>
    public static IEnumerable<ReturnFinding> OfRow(CaseSystemRow row, ChildEpisodes? episodes, ReturnSoFar soFar, CollectionYear year)
    {
        var (placed, ceased) = (Date(row, DatePlaced), Date(row, DatePlacedCeased));
        var hasCeased = row.Values[DatePlacedCeased].Length > 0 || row.Values[ReasonPlacedCeased].Length > 0;
        ReturnFinding Finding(string field, string rule, string message) => new(row.Child, Table, field, rule, message);

        if (episodes?.LatestNotChangeOfPlacement is { } latest)
        {
            var limit = latest.End is { } left && left < year.End ? left : year.End;
            var why = latest.End is { } end && end < year.End ? $"the child ceased to be looked after on {CaseSystemTables.Written(end)}" : $"the collection year ends on {CaseSystemTables.Written(year.End)}";
            if (placed > limit || ceased > limit)
            {
                yield return Finding(placed > limit ? "DATE_PLACED" : "DATE_PLACED_CEASED", "117",
                    $"Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after: {why}.");
            }
        }
        if (ceased is { } stopped && episodes?.FirstNotShortBreak is { } firstInCare && (stopped < firstInCare || stopped < year.Start))
        {
            yield return Finding("DATE_PLACED_CEASED", "118",
                $"Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after: DATE_PLACED_CEASED {row.Values[DatePlacedCeased]}, the year from {CaseSystemTables.Written(year.Start)}, the first episode from {CaseSystemTables.Written(firstInCare)}.");
        }
        if (placed < episodes?.FirstEntry)
        {
            yield return Finding("DATE_PLACED", "1003",
                $"Date of LA's decision that a child should be placed for adoption is before the child started to be looked after: DATE_PLACED {row.Values[DatePlaced]}, started {CaseSystemTables.Written(episodes.FirstEntry!.Value)}.");
        }
        if (hasCeased && episodes?.PlacementOrderOpen == true)
        {
            yield return Finding("DATE_PLACED_CEASED", "553",
                "The child's episode under a placement order (E1) is open on 31 March, so the decision that the child should be placed for adoption has not ceased: clear DATE_PLACED_CEASED and REASON_PLACED_CEASED.");
        }
        if (placed > episodes?.FirstPlacementOrder)
        {
            yield return Finding("DATE_PLACED", "554",
                $"Date of decision that the child should be placed for adoption should be on or prior to the date that the placement order was granted: DATE_PLACED {row.Values[DatePlaced]}, the episode under the order (E1) from {CaseSystemTables.Written(episodes.FirstPlacementOrder!.Value)}.");
        }
        if (hasCeased && episodes?.FreeingOrderOpen == true)
        {
            yield return Finding("DATE_PLACED_CEASED", "555",
                "Freeing order has been granted but there is no date of decision that the child should be placed for adoption: the episode under the freeing order (D1) is open on 31 March, so clear DATE_PLACED_CEASED and REASON_PLACED_CEASED.");
        }
        if (placed > episodes?.FirstFreeingOrder)
        {
            yield return Finding("DATE_PLACED", "556",
                $"Date of decision that the child should be placed for adoption should be on or prior to the date that the freeing order was granted: DATE_PLACED {row.Values[DatePlaced]}, the episode under the order (D1) from {CaseSystemTables.Written(episodes.FirstFreeingOrder!.Value)}.");
        }
        if (episodes?.LeftCareNotAdopted is { } left557 && (row.Values[DatePlacedCeased].Length == 0 || row.Values[ReasonPlacedCeased].Length == 0))
        {
            yield return Finding("DATE_PLACED_CEASED", "557",
                $"Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and information on the decision that they should no longer be placed for adoption items has not been completed: the child left care on {CaseSystemTables.Written(left557)}.");
        }
        foreach (var adoption in soFar.AdoptionsOf(row.Child))
        {
            if (Date(adoption, 2) is { } decided && placed is not null && decided != placed)
            {
                yield return Finding("DATE_PLACED", "523",
                    $"Date of decision that the child should be placed for adoption should be the same date as the decision that adoption is in the best interest (date should be placed): DATE_PLACED {row.Values[DatePlaced]}, AD1's DATE_INT {adoption.Values[2]}.");
            }
            if (row.Values[DatePlacedCeased].Length > 0 && AdoptionItems.Any(i => adoption.Values[i].Length > 0))
            {
                yield return Finding("DATE_PLACED_CEASED", "525",
                    $"A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year: DATE_PLACED_CEASED {row.Values[DatePlacedCeased]}, and AD1 gives the adoption's items.");
            }
        }
        foreach (var finding in AgainstLastYear(row, soFar.DecisionsLastYearOf(row.Child), year))
        {
            yield return finding;
        }
    }

    /// <summary>Rules 559, 560, 561 and 584: this year's decision against last year's return, when last year's was imported.</summary>
    private static IEnumerable<ReturnFinding> AgainstLastYear(CaseSystemRow row, IReadOnlyList<CaseSystemRow>? lastYear, CollectionYear year)
    {
        if (lastYear is null)
        {
            yield break;
        }
        var placed = Date(row, DatePlaced);
        if (placed < year.Start && lastYear.Count == 0)
        {
            yield return new ReturnFinding(row.Child, Table, "DATE_PLACED", "559",
                $"Date of decision that a child should be placed for adoption was not in the current year but the date of the decision that the child should be placed for adoption was not completed in a previous return: DATE_PLACED {row.Values[DatePlaced]}, and last year's PlacedAdoption has no row for the child.");
        }
        foreach (var last in lastYear)
        {
            var lastPlaced = Date(last, DatePlaced);
            var lastCeased = last.Values[DatePlacedCeased].Length > 0 || last.Values[ReasonPlacedCeased].Length > 0;
            if (!lastCeased && placed != lastPlaced)
            {
                yield return new ReturnFinding(row.Child, Table, "DATE_PLACED", "560",
                    $"Date of decision that the child should be placed for adoption this year is different from that recorded last year but the decision to place the child for adoption did not change: DATE_PLACED {row.Values[DatePlaced]}, last year's {last.Values[DatePlaced]}, not ceased.");
            }
            if (lastCeased && placed == lastPlaced)
            {
                yield return new ReturnFinding(row.Child, Table, "DATE_PLACED", "561",
                    $"Date of the decision that the child should be placed for adoption this year is the same as that recorded last year but records show that the decision changed, and the child should no longer be placed for adoption last year: DATE_PLACED {row.Values[DatePlaced]}.");
            }
            if (lastCeased && placed < lastPlaced)
            {
                yield return new ReturnFinding(row.Child, Table, "DATE_PLACED", "584",
                    $"Date of decision that the child should be placed for adoption this year is different from that recorded last year, but the decision to placed the child for adoption changed and the child should no longer be placed for adoption: DATE_PLACED {row.Values[DatePlaced]} is before last year's {last.Values[DatePlaced]}, which ceased.");
            }
        }
    }

    /// <summary>
    /// What one child's decisions break together: in the order they were made, each one after the first starts on or
    /// after the day the one before it ceased (579, on the later one) and only the latest may still be open (583, on the
    /// earlier one); the latest is not after the child was first placed for adoption (552); and a child adopted has not
    /// had every decision cease more than once (558).
    /// </summary>
    public static IEnumerable<ReturnFinding> OfChild(IReadOnlyList<CaseSystemRow> rows, ChildEpisodes? episodes)
    {
        var decisions = rows.OrderBy(r => Date(r, DatePlaced)).ThenBy(r => r.Line).ToList();
        for (var i = 1; i < decisions.Count; i++)
        {
            var (before, next) = (decisions[i - 1], decisions[i]);
            var ceased = Date(before, DatePlacedCeased);
            if (ceased is null || Date(next, DatePlaced) < ceased)
            {
                yield return new ReturnFinding(next.Child, Table, "DATE_PLACED", "579",
                    $"A new decision that the child should be placed for adoption cannot start when the previous decision is still open, nor before it ceased: DATE_PLACED {next.Values[DatePlaced]}, the decision of {before.Values[DatePlaced]} {(ceased is null ? "not ceased" : $"ceased {before.Values[DatePlacedCeased]}")}.");
            }
            if (ceased is null)
            {
                yield return new ReturnFinding(before.Child, Table, "DATE_PLACED_CEASED", "583",
                    $"More than one date the child should be placed for adoption has been reported, but an earlier decision has not been revoked: add the date the decision of {before.Values[DatePlaced]} ceased.");
            }
        }
        var latest = decisions[^1];
        if (episodes?.FirstPlacedForAdoption is { } placedOn && Date(latest, DatePlaced) > placedOn)
        {
            yield return new ReturnFinding(latest.Child, Table, "DATE_PLACED", "552",
                $"Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for adoption: DATE_PLACED {latest.Values[DatePlaced]}, placed for adoption from {CaseSystemTables.Written(placedOn)}.");
        }
        if (episodes?.Adopted == true && decisions.All(d => d.Values[DatePlacedCeased].Length > 0) && decisions.Count > 1)
        {
            yield return new ReturnFinding(latest.Child, Table, "DATE_PLACED_CEASED", "558",
                $"If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date of the decision that a child should no longer be placed for adoption should be left blank: clear the DATE_PLACED_CEASED of the decision of {latest.Values[DatePlaced]}.");
        }
    }

    /// <summary>The children whose episodes ask for a decision the table lacks: placed for adoption (551), under a placement order (553) or a freeing order (555), or left care from either not adopted (557).</summary>
    public static IEnumerable<ReturnFinding> Lacking(EpisodeIndex episodes, Func<string, bool> hasRows)
    {
        IEnumerable<ReturnFinding> Without(IEnumerable<KeyValuePair<string, DateOnly>> children, string field, string rule, Func<DateOnly, string> message) =>
            children.Where(c => !hasRows(c.Key)).Select(c => new ReturnFinding(c.Key, Table, field, rule, message(c.Value)));

        return Without(episodes.PlacedForAdoption, "DATE_PLACED", "551",
                start => $"The child has been placed for adoption (episode from {CaseSystemTables.Written(start)}): the PlacedAdoption table needs the date of the decision that the child should be placed for adoption.")
            .Concat(Without(episodes.PlacementOrders, "DATE_PLACED", "553",
                start => $"A placement order has been granted (E1, episode from {CaseSystemTables.Written(start)}): the PlacedAdoption table needs the date of the decision that the child should be placed for adoption."))
            .Concat(Without(episodes.FreeingOrders, "DATE_PLACED", "555",
                start => $"Freeing order has been granted but there is no date of decision that the child should be placed for adoption (D1, episode from {CaseSystemTables.Written(start)})."))
            .Concat(Without(episodes.LeftCareNotAdopted, "DATE_PLACED_CEASED", "557",
                left => $"Child for whom the decision was made that they should be placed for adoption has left care but was not adopted (on {CaseSystemTables.Written(left)}): the PlacedAdoption table needs the decision, with the date and reason it ceased."));
    }

    private static DateOnly? Date(CaseSystemRow row, int column) => CaseSystemTables.DateOf(row.Values[column]);
}
