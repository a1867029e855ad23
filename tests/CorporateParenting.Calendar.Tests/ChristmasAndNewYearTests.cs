namespace CorporateParenting.Calendar.Tests;

public class ChristmasAndNewYearTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static IEnumerable<DateOnly> DecemberHolidays(int year) =>
        EnglandAndWalesBankHolidays.InYear(year).Where(d => d.Month == 12);

    [Theory]
    [InlineData(2023, "Mon 25 Dec, Tue 26 Dec")]
    [InlineData(2028, "Mon 25 Dec, Tue 26 Dec")]
    [InlineData(2018, "Tue 25 Dec, Wed 26 Dec")]
    [InlineData(2029, "Tue 25 Dec, Wed 26 Dec")]
    [InlineData(2019, "Wed 25 Dec, Thu 26 Dec")]
    [InlineData(2024, "Wed 25 Dec, Thu 26 Dec")]
    [InlineData(2014, "Thu 25 Dec, Fri 26 Dec")]
    [InlineData(2025, "Thu 25 Dec, Fri 26 Dec")]
    public void Christmas_on_monday_to_thursday_gives_25_and_26_december(int year, string days)
    {
        Assert.Equal(Day.ParseList(year, days), DecemberHolidays(year));
    }

    [Theory]
    [InlineData(2015)]
    [InlineData(2020)]
    [InlineData(2026)]
    public void Christmas_on_friday_moves_boxing_day_to_monday_28_december(int year)
    {
        Assert.Equal(DayOfWeek.Friday, new DateOnly(year, 12, 25).DayOfWeek);
        Assert.Equal([new DateOnly(year, 12, 25), new DateOnly(year, 12, 28)], DecemberHolidays(year));
    }

    [Theory]
    [InlineData(2010)]
    [InlineData(2021)]
    [InlineData(2027)]
    public void Christmas_on_saturday_moves_both_days_to_monday_27_and_tuesday_28(int year)
    {
        Assert.Equal(DayOfWeek.Saturday, new DateOnly(year, 12, 25).DayOfWeek);
        Assert.Equal([new DateOnly(year, 12, 27), new DateOnly(year, 12, 28)], DecemberHolidays(year));
    }

    [Theory]
    [InlineData(2011)]
    [InlineData(2016)]
    [InlineData(2022)]
    public void Christmas_on_sunday_gives_boxing_day_monday_26_and_christmas_substitute_tuesday_27(int year)
    {
        Assert.Equal(DayOfWeek.Sunday, new DateOnly(year, 12, 25).DayOfWeek);
        Assert.Equal([new DateOnly(year, 12, 26), new DateOnly(year, 12, 27)], DecemberHolidays(year));
    }

    [Fact]
    public void Christmas_holidays_are_two_weekdays_between_25_and_28_december_every_year()
    {
        for (int year = 1978; year <= 2300; year++)
        {
            DateOnly[] december = DecemberHolidays(year).Where(d => year != 1999 || d.Day != 31).ToArray();

            Assert.Equal(2, december.Length);
            Assert.All(december, d => Assert.InRange(d.Day, 25, 28));
        }
    }

    [Theory]
    [InlineData("Sat 1 Jan 2011", "Mon 3 Jan 2011")]
    [InlineData("Sat 1 Jan 2022", "Mon 3 Jan 2022")]
    [InlineData("Sat 1 Jan 2028", "Mon 3 Jan 2028")]
    public void New_year_on_saturday_is_replaced_by_monday_3_january(string newYear, string substitute)
    {
        DateOnly substituteDay = Day.Parse(substitute);

        Assert.Equal(substituteDay, EnglandAndWalesBankHolidays.InYear(substituteDay.Year)[0]);
        Assert.False(EnglandAndWalesBankHolidays.IsBankHoliday(Day.Parse(newYear)));
        Assert.False(EnglandAndWalesBankHolidays.IsBankHoliday(substituteDay.AddDays(-1)));
        Assert.True(Calendar.IsWorkingDay(substituteDay.AddDays(1)));
    }

    [Theory]
    [InlineData("Sun 1 Jan 2012", "Mon 2 Jan 2012")]
    [InlineData("Sun 1 Jan 2017", "Mon 2 Jan 2017")]
    [InlineData("Sun 1 Jan 2023", "Mon 2 Jan 2023")]
    public void New_year_on_sunday_is_replaced_by_monday_2_january(string newYear, string substitute)
    {
        DateOnly substituteDay = Day.Parse(substitute);

        Assert.Equal(substituteDay, EnglandAndWalesBankHolidays.InYear(substituteDay.Year)[0]);
        Assert.False(EnglandAndWalesBankHolidays.IsBankHoliday(Day.Parse(newYear)));
        Assert.True(Calendar.IsWorkingDay(substituteDay.AddDays(1)));
    }

    [Theory]
    [InlineData("Mon 1 Jan 2024")]
    [InlineData("Wed 1 Jan 2025")]
    [InlineData("Thu 1 Jan 2026")]
    [InlineData("Fri 1 Jan 2027")]
    [InlineData("Tue 1 Jan 2030")]
    public void New_year_on_a_weekday_is_the_holiday_itself_and_2_january_is_worked(string newYear)
    {
        DateOnly day = Day.Parse(newYear);

        Assert.True(EnglandAndWalesBankHolidays.IsBankHoliday(day));
        Assert.False(EnglandAndWalesBankHolidays.IsBankHoliday(day.AddDays(1)));
    }

    [Theory]
    [InlineData("Wed 24 Dec 2025")]
    [InlineData("Wed 31 Dec 2025")]
    [InlineData("Thu 24 Dec 2026")]
    [InlineData("Thu 31 Dec 2026")]
    [InlineData("Fri 24 Dec 2027")]
    [InlineData("Fri 31 Dec 2027")]
    [InlineData("Fri 24 Dec 2021")]
    [InlineData("Fri 31 Dec 2021")]
    [InlineData("Mon 24 Dec 2029")]
    [InlineData("Mon 31 Dec 2029")]
    public void Christmas_eve_and_new_years_eve_are_ordinary_working_days(string day)
    {
        Assert.True(Calendar.IsWorkingDay(Day.Parse(day)));
    }

    [Fact]
    public void Christmas_eve_and_new_years_eve_on_weekdays_are_never_bank_holidays_except_in_1999()
    {
        for (int year = 1978; year <= 2300; year++)
        {
            foreach (DateOnly eve in new[] { new DateOnly(year, 12, 24), new DateOnly(year, 12, 31) })
            {
                bool millennium = eve == new DateOnly(1999, 12, 31);
                Assert.Equal(millennium, EnglandAndWalesBankHolidays.IsBankHoliday(eve));
            }
        }
    }

    [Fact]
    public void Working_days_between_christmas_2027_and_the_new_year_substitute_of_2028()
    {
        var workingDays = new List<DateOnly>();
        for (DateOnly d = Day.Parse("Fri 24 Dec 2027"); d <= Day.Parse("Tue 4 Jan 2028"); d = d.AddDays(1))
        {
            if (Calendar.IsWorkingDay(d))
            {
                workingDays.Add(d);
            }
        }

        Assert.Equal(
            [
                Day.Parse("Fri 24 Dec 2027"), Day.Parse("Wed 29 Dec 2027"), Day.Parse("Thu 30 Dec 2027"),
                Day.Parse("Fri 31 Dec 2027"), Day.Parse("Tue 4 Jan 2028"),
            ],
            workingDays);
    }
}
