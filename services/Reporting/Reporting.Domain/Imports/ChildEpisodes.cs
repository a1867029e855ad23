using CorporateParenting.Reporting;

namespace Reporting.Domain.Imports;

/// <summary>
/// One child's episodes of the year as the rules on the case system's tables read them (docs/ssda903.md §7.5): each
/// property is what the DfE validator's rule named beside it takes from the Episodes table, in its words. Episodes may be
/// added in any order.
/// </summary>
public sealed class ChildEpisodes(CollectionYear year)
{
    private static readonly HashSet<string> PlacedForAdoptionTypes = ["A3", "A4", "A5", "A6"];
    private static readonly HashSet<string> ShortBreaks = ["V3", "V4"];
    private static readonly HashSet<string> Adoption = ["E11", "E12"];
    // Made only for the few children adopted, as the index holds one of these for every child of the year.
    private HashSet<string>? _placesEndedByAdoption;
    private HashSet<DateOnly>? _adoptionDays;
    private bool _inYear;
    private bool _notContinuous;

    public CollectionYear Year => year;

    /// <summary>The earliest DECOM (632).</summary>
    public DateOnly FirstStart { get; private set; } = DateOnly.MaxValue;

    /// <summary>The latest DECOM (634).</summary>
    public DateOnly LastStart { get; private set; } = DateOnly.MinValue;

    /// <summary>The first DECOM with RNE S on or after 1 April: the child started to be looked after in the year (630).</summary>
    public DateOnly? StartedInYear { get; private set; }

    /// <summary>The earliest DECOM with RNE S (1003).</summary>
    public DateOnly? FirstEntry { get; private set; }

    /// <summary>The latest DECOM with RNE S (334).</summary>
    public DateOnly? LastEntry { get; private set; }

    /// <summary>The earliest DECOM whose LS is not a short break, V3 or V4 (118).</summary>
    public DateOnly? FirstNotShortBreak { get; private set; }

    /// <summary>Every episode is a short break, V3 or V4 (399).</summary>
    public bool OnlyShortBreaks => FirstNotShortBreak is null;

    /// <summary>The latest episode whose REC is not X1, with its DEC, blank while open (117).</summary>
    public (DateOnly Start, DateOnly? End)? LatestNotChangeOfPlacement { get; private set; }

    /// <summary>The earliest DECOM placed for adoption, PLACE A3–A6 (551, 552, 521).</summary>
    public DateOnly? FirstPlacedForAdoption { get; private set; }

    /// <summary>The earliest DECOM under a placement order, LS E1 (553, 554).</summary>
    public DateOnly? FirstPlacementOrder { get; private set; }

    /// <summary>An episode under a placement order is open on 31 March (553).</summary>
    public bool PlacementOrderOpen { get; private set; }

    /// <summary>The earliest DECOM under a freeing order, LS D1 (555, 556).</summary>
    public DateOnly? FirstFreeingOrder { get; private set; }

    /// <summary>An episode under a freeing order is open on 31 March (555).</summary>
    public bool FreeingOrderOpen { get; private set; }

    /// <summary>The DEC of an episode placed for adoption or under a placement order that ended care other than by adoption (557).</summary>
    public DateOnly? LeftCareNotAdopted { get; private set; }

    /// <summary>The child was adopted: an episode ends with REC E11 or E12 (558).</summary>
    public bool Adopted { get; private set; }

    /// <summary>The earliest DECOM of an episode that ended in adoption (331).</summary>
    public DateOnly? FirstEndedByAdoption { get; private set; }

    /// <summary>The DEC of an adoption within the collection year (601, 602).</summary>
    public DateOnly? AdoptedInYear { get; private set; }

    /// <summary>
    /// Looked after continuously for the 12 months to 31 March, as the validator derives it from the episodes (187;
    /// docs/ssda903.md §4.1): in care in the year, and no episode entering care after 1 April, leaving it before 31
    /// March or a short break in the year.
    /// </summary>
    public bool ContinuouslyLookedAfter => _inYear && !_notContinuous;

    /// <summary>Whether an episode ended in adoption (or with E1, as the validator lists it) placed in <paramref name="places"/> (335).</summary>
    public bool EndedByAdoptionIn(params string[] places) => _placesEndedByAdoption is { } ended && places.Any(ended.Contains);

    /// <summary>Whether <paramref name="day"/> is the DEC of an episode that ended in adoption (582).</summary>
    public bool AdoptedOn(DateOnly day) => _adoptionDays?.Contains(day) == true;

    internal void Add(DateOnly start, string rne, string ls, string place, DateOnly? end, string rec)
    {
        FirstStart = Earliest(FirstStart, start)!.Value;
        LastStart = start > LastStart ? start : LastStart;
        if (rne == "S")
        {
            FirstEntry = Earliest(FirstEntry, start);
            LastEntry = LastEntry is { } last && last > start ? last : start;
            if (start >= year.Start)
            {
                StartedInYear = Earliest(StartedInYear, start);
            }
        }
        if (!ShortBreaks.Contains(ls))
        {
            FirstNotShortBreak = Earliest(FirstNotShortBreak, start);
        }
        if (rec != "X1" && (LatestNotChangeOfPlacement is not { } latest || start > latest.Start))
        {
            LatestNotChangeOfPlacement = (start, end);
        }
        var placedForAdoption = PlacedForAdoptionTypes.Contains(place);
        if (placedForAdoption)
        {
            FirstPlacedForAdoption = Earliest(FirstPlacedForAdoption, start);
        }
        if (ls == "E1")
        {
            FirstPlacementOrder = Earliest(FirstPlacementOrder, start);
            PlacementOrderOpen |= end is null;
        }
        if (ls == "D1")
        {
            FirstFreeingOrder = Earliest(FirstFreeingOrder, start);
            FreeingOrderOpen |= end is null;
        }
        if ((placedForAdoption || ls == "E1") && end is { } left && rec.Length > 0 && rec != "X1" && !Adoption.Contains(rec))
        {
            LeftCareNotAdopted = Earliest(LeftCareNotAdopted, left);
        }
        if (Adoption.Contains(rec) || rec == "E1")
        {
            (_placesEndedByAdoption ??= new(StringComparer.Ordinal)).Add(place);
        }
        if (Adoption.Contains(rec))
        {
            Adopted = true;
            FirstEndedByAdoption = Earliest(FirstEndedByAdoption, start);
            if (end is { } adopted)
            {
                (_adoptionDays ??= []).Add(adopted);
                if (year.Contains(adopted))
                {
                    AdoptedInYear = Earliest(AdoptedInYear, adopted);
                }
            }
        }
        var inYear = start <= year.End && (end is null || end >= year.Start);
        _inYear |= inYear;
        _notContinuous |= (rne == "S" && start > year.Start && start <= year.End)
            || (rec != "X1" && end is { } ended && ended >= year.Start && ended < year.End)
            || (ShortBreaks.Contains(ls) && inYear);
    }

    private static DateOnly? Earliest(DateOnly? so, DateOnly day) => so is { } earlier && earlier < day ? earlier : day;
}
