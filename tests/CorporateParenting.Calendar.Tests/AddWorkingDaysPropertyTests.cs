namespace CorporateParenting.Calendar.Tests;

public class AddWorkingDaysPropertyTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static readonly int[] Counts = [1, 2, 5, 10, 15, 20, 65];

    private static IEnumerable<DateOnly> EveryDayOf2024To2030()
    {
        for (var date = new DateOnly(2024, 1, 1); date <= new DateOnly(2030, 12, 31); date = date.AddDays(1))
        {
            yield return date;
        }
    }

    [Fact]
    public void Result_is_a_working_day_after_the_start()
    {
        foreach (DateOnly from in EveryDayOf2024To2030())
        {
            foreach (int n in Counts)
            {
                DateOnly due = Calendar.AddWorkingDays(from, n);

                Assert.True(due > from);
                Assert.True(Calendar.IsWorkingDay(due), $"{from} + {n} = {due}");
            }
        }
    }

    [Fact]
    public void Working_days_between_round_trips_and_the_day_before_is_one_short()
    {
        foreach (DateOnly from in EveryDayOf2024To2030())
        {
            foreach (int n in Counts)
            {
                DateOnly due = Calendar.AddWorkingDays(from, n);

                Assert.Equal(n, Calendar.WorkingDaysBetween(from, due));
                Assert.Equal(n - 1, Calendar.WorkingDaysBetween(from, due.AddDays(-1)));
            }
        }
    }

    [Fact]
    public void Adding_in_two_steps_is_the_same_as_adding_at_once()
    {
        foreach (DateOnly from in EveryDayOf2024To2030())
        {
            DateOnly fiveThenFifteen = Calendar.AddWorkingDays(Calendar.AddWorkingDays(from, 5), 15);
            Assert.Equal(Calendar.AddWorkingDays(from, 20), fiveThenFifteen);
        }
    }

    [Fact]
    public void Start_dates_in_the_same_non_working_run_share_a_due_date()
    {
        foreach (DateOnly from in EveryDayOf2024To2030())
        {
            if (!Calendar.IsWorkingDay(from.AddDays(1)))
            {
                Assert.Equal(Calendar.AddWorkingDays(from.AddDays(1), 20), Calendar.AddWorkingDays(from, 20));
            }
        }
    }

    [Fact]
    public void Working_days_in_a_year_are_weekdays_less_the_bank_holidays()
    {
        for (int year = 2012; year <= 2030; year++)
        {
            var lastDayOfPreviousYear = new DateOnly(year - 1, 12, 31);
            var lastDay = new DateOnly(year, 12, 31);
            int weekdays = 0;
            for (DateOnly d = lastDayOfPreviousYear.AddDays(1); d <= lastDay; d = d.AddDays(1))
            {
                weekdays += d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
            }

            int expected = weekdays - EnglandAndWalesBankHolidays.InYear(year).Count;
            Assert.Equal(expected, Calendar.WorkingDaysBetween(lastDayOfPreviousYear, lastDay));
        }
    }
}
