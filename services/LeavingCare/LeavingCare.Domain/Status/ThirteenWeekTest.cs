using CorporateParenting.Calendar;

namespace LeavingCare.Domain.Status;

/// <summary>
/// The 13-week test with the arithmetic of the SSDA903 validator's rule 1001 (docs/leaving-care.md §2, convention 8), so
/// that our cohorts agree with DfE's checks: for each episode begun by the evaluation date, short breaks (V3, V4) left
/// out, the plain difference in days from the later of its start and the 14th (16th) birthday to the earlier of its end
/// and the evaluation date, never below zero. 1 Jan to 1 Apr counts 90 days, not 91; an episode still open ends at the
/// evaluation date; a 29 February birthday falls on 28 February in common years.
/// </summary>
public static class ThirteenWeekTest
{
    public static CareTotals Totals(CareHistory history, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(history);
        var fourteenth = Birthdays.Nth(history.DateOfBirth, 14);
        var sixteenth = Birthdays.Nth(history.DateOfBirth, 16);
        int sinceFourteenth = 0, sinceSixteenth = 0;
        for (var i = 0; i < history.Episodes.Count; i++)
        {
            var episode = history.Episodes[i];
            if (episode.Started > on || episode.IsShortBreak)
            {
                continue;
            }

            var end = episode.Ended is { } ended && ended < on ? ended : on;
            sinceFourteenth += DaysFrom(Later(episode.Started, fourteenth), end);
            sinceSixteenth += DaysFrom(Later(episode.Started, sixteenth), end);
        }

        return new CareTotals(sinceFourteenth, sinceSixteenth);
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static int DaysFrom(DateOnly from, DateOnly to) => Math.Max(0, to.DayNumber - from.DayNumber);
}
