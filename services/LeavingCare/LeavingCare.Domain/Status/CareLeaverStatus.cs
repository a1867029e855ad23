using CorporateParenting.Calendar;

namespace LeavingCare.Domain.Status;

/// <summary>
/// The category on a day (docs/leaving-care.md §2), age in whole years on the day and looked after meaning some episode
/// covers it: adopted → none; 16–17, looked after, meets the test → eligible; 16–17, not looked after, meets the test →
/// relevant; 18 or over, meets the test → former relevant; 16–25, not looked after, a day in care since 16 but not the
/// test → qualifying; otherwise none. A <see cref="ManualDetermination"/> stands for the test where the young person is
/// not looked after (the route to relevant for one detained or in hospital on the 16th birthday).
/// </summary>
public static class CareLeaverStatus
{
    public const int OldestQualifyingAge = 25;

    public static CareLeaverCategory On(CareHistory history, DateOnly on, ManualDetermination? determination = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (on < history.DateOfBirth || history.IsAdopted)
        {
            return CareLeaverCategory.None;
        }

        var age = Birthdays.AgeOn(history.DateOfBirth, on);
        if (age < 16)
        {
            return CareLeaverCategory.None;
        }

        var totals = ThirteenWeekTest.Totals(history, on);
        var lookedAfter = history.IsLookedAfterOn(on);
        var meets = totals.MeetsTest || (determination is not null && !lookedAfter);
        return (age, lookedAfter, meets) switch
        {
            ( < 18, true, true) => CareLeaverCategory.Eligible,
            ( < 18, false, true) => CareLeaverCategory.Relevant,
            ( >= 18, _, true) => CareLeaverCategory.FormerRelevant,
            ( <= OldestQualifyingAge, false, false) when totals.SinceSixteenth >= 1 => CareLeaverCategory.Qualifying,
            _ => CareLeaverCategory.None,
        };
    }
}
