using CorporateParenting.Calendar;
using LeavingCare.Domain.Status;

namespace LeavingCare.Domain.StayingPut;

/// <summary>
/// Staying Put (CA 1989 s23CZA; docs/leaving-care.md §6.1): a former relevant young person who was in a foster placement
/// (U1–U6) the day before turning 18 may stay with the former foster carer up to the 21st birthday. An arrangement begins
/// on or after the 18th birthday and before the 21st, on a day the young person is former relevant; it ends on the day
/// recorded or, at the latest, on the 21st birthday (the day of the birthday is no longer in it; 29 February birthdays
/// fall on 28 February in common years, as every birthday here).
/// </summary>
public static class StayingPutRules
{
    public const int FromAge = 18;
    public const int UntilAge = 21;

    /// <summary>The day the arrangement ends at the latest: the 21st birthday.</summary>
    public static DateOnly LatestEnd(DateOnly dateOfBirth) => Birthdays.Nth(dateOfBirth, UntilAge);

    /// <summary>The day an arrangement begun on a day ends: the day recorded, or the 21st birthday if sooner or none is.</summary>
    public static DateOnly EndsOn(DateOnly dateOfBirth, DateOnly? endedOn) =>
        endedOn is { } ended && ended < LatestEnd(dateOfBirth) ? ended : LatestEnd(dateOfBirth);

    /// <summary>In the arrangement on <paramref name="on"/>: begun by then and not yet ended.</summary>
    public static bool Covers(DateOnly dateOfBirth, DateOnly startedOn, DateOnly? endedOn, DateOnly on) =>
        startedOn <= on && on < EndsOn(dateOfBirth, endedOn);

    /// <summary>
    /// Why an arrangement cannot begin on <paramref name="startsOn"/>, or null when it can. A placement no event named
    /// (a history older than the platform's placement records) is not held against it.
    /// </summary>
    public static string? ProblemWithStart(CareHistory history, DateOnly startsOn, ManualDetermination? determination = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        var eighteenth = Birthdays.Nth(history.DateOfBirth, FromAge);
        var twentyFirst = LatestEnd(history.DateOfBirth);
        if (startsOn < eighteenth)
        {
            return $"is before the 18th birthday ({eighteenth:yyyy-MM-dd}): Staying Put begins when a fostered young person turns 18.";
        }
        if (startsOn >= twentyFirst)
        {
            return $"is on or after the 21st birthday ({twentyFirst:yyyy-MM-dd}): Staying Put lasts up to 21.";
        }

        var dayBefore = eighteenth.AddDays(-1);
        if (history.Episodes.LastOrDefault(e => e.Covers(dayBefore)) is not { } episode)
        {
            return $"cannot follow care that ended before the 18th birthday: the young person was not looked after on {dayBefore:yyyy-MM-dd}.";
        }
        if (episode.PlacementType is { } placement && !episode.IsFosterPlacement)
        {
            return $"cannot follow placement {placement} on {dayBefore:yyyy-MM-dd}: Staying Put follows a foster placement (U1–U6).";
        }
        if (CareLeaverStatus.On(history, startsOn, determination) != CareLeaverCategory.FormerRelevant)
        {
            return $"is a day the young person is not former relevant ({startsOn:yyyy-MM-dd}): Staying Put is for former relevant young people.";
        }
        return null;
    }
}
