using CorporateParenting.Calendar;
using CorporateParenting.Reporting;
using LeavingCare.Domain.Status;

namespace LeavingCare.Domain.InTouch;

/// <summary>
/// Who gets a care leaver record in a collection year (docs/leaving-care.md §7.3; docs/ssda903.md §3, §4.2). Every young
/// person has exactly one birthday in a year, the one that brings their age on 31 March. The 17th to 21st put them in
/// the OC3 cohort (rule 391), the 22nd to 25th in the in-touch collection. Then, in this order, there is no record for
/// one who died in care (an episode ended E2, rule 1000); whose care was transferred to another authority (the latest
/// episode ended E3, rule 1011); who is 17 or 18 and looked after on the birthday (rule 1007) or at any time after it in
/// the year, including care that ends on the birthday itself (rule 1016); or who is not relevant or former relevant on
/// the birthday by the 13-week test of rule 1001 (adopted, or short of the 91 days since 14 or the day since 16).
/// </summary>
public static class Oc3Cohort
{
    public const int YoungestAge = 17;

    public const int OldestAge = 21;

    public const int OldestInTouchAge = 25;

    /// <summary>REC E2: died.</summary>
    public const string DiedInCare = "E2";

    /// <summary>REC E3: care taken over by another UK local authority.</summary>
    public const string TransferredToAnotherAuthority = "E3";

    /// <param name="determination">A recorded determination that stands for the 13-week test, as in <see cref="CareLeaverStatus.On"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The young person is born after the collection year.</exception>
    public static Oc3CohortDecision For(CareHistory history, CollectionYear year, ManualDetermination? determination = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        var age = Birthdays.AgeOn(history.DateOfBirth, year.End);
        var birthday = Birthdays.Nth(history.DateOfBirth, age);
        var collection = age switch
        {
            >= YoungestAge and <= OldestAge => Oc3Collection.CareLeavers17To21,
            > OldestAge and <= OldestInTouchAge => Oc3Collection.InTouch22To25,
            _ => Oc3Collection.None,
        };

        var excludedBy = collection == Oc3Collection.None
            ? new Oc3Finding("391", $"{Show.Ordinal(age)} birthday in {year}: care leaver information is collected only for the 17th to 21st birthdays (rule 391), and whether in touch for the 22nd to 25th.")
            : DiedOrTransferred(history) ?? LookedAfterAround(history, year, birthday, age) ?? NotRelevant(history, birthday, age, determination);
        return new Oc3CohortDecision(year, birthday, age, collection, excludedBy);
    }

    private static Oc3Finding? DiedOrTransferred(CareHistory history)
    {
        if (history.Episodes.FirstOrDefault(e => e.ReasonEnded == DiedInCare) is { Ended: { } died })
        {
            return new Oc3Finding("1000", $"Died in care (the episode ending {Show.Date(died)} ended E2): no care leaver information (rule 1000).");
        }

        return history.Episodes.MaxBy(e => e.Started) is { ReasonEnded: TransferredToAnotherAuthority, Ended: { } transferred }
            ? new Oc3Finding("1011", $"Care was transferred to another local authority on {Show.Date(transferred)} (the last episode ended E3): that authority returns the care leaver information (rule 1011).")
            : null;
    }

    private static Oc3Finding? LookedAfterAround(CareHistory history, CollectionYear year, DateOnly birthday, int age)
    {
        if (age > 18)
        {
            return null;
        }

        if (history.IsLookedAfterOn(birthday))
        {
            return new Oc3Finding("1007", $"Still looked after on the {Show.Ordinal(age)} birthday, {Show.Date(birthday)}: no care leaver information for a 17- or 18-year-old still looked after on the birthday (rule 1007).");
        }

        return history.Episodes.FirstOrDefault(e => e.Started <= year.End && (e.Ended is not { } ended || ended >= birthday)) is { } after
            ? new Oc3Finding("1016", $"Care ending on or after the {Show.Ordinal(age)} birthday, {Show.Date(birthday)} ({Span(after)}): no care leaver information for a 17- or 18-year-old who ceases to be looked after after the birthday (rule 1016).")
            : null;
    }

    private static Oc3Finding? NotRelevant(CareHistory history, DateOnly birthday, int age, ManualDetermination? determination)
    {
        if (CareLeaverStatus.On(history, birthday, determination) is CareLeaverCategory.Relevant or CareLeaverCategory.FormerRelevant)
        {
            return null;
        }

        var totals = ThirteenWeekTest.Totals(history, birthday);
        var why = history.IsAdopted
            ? "the latest episode ended in adoption (E11 or E12)"
            : $"{totals.SinceFourteenth} days looked after since the 14th birthday ({CareTotals.DaysRequired} needed) and {totals.SinceSixteenth} since the 16th (1 needed)";
        return new Oc3Finding("1001", $"Not a relevant or former relevant young person on the {Show.Ordinal(age)} birthday, {Show.Date(birthday)}: {why} (rule 1001).");
    }

    private static string Span(CareEpisode episode) => episode.Ended is { } ended
        ? $"care from {Show.Date(episode.Started)} ended {Show.Date(ended)}"
        : $"in care from {Show.Date(episode.Started)}";
}
