namespace CorporateParenting.Calendar.Tests;

public class BankHolidayListTests
{
    // docs/calendar.md §2.5; 2024–2028 also match the GOV.UK feed, 2029–2030 are by rule only.
    [Theory]
    [InlineData(2024, "Mon 1 Jan, Fri 29 Mar, Mon 1 Apr, Mon 6 May, Mon 27 May, Mon 26 Aug, Wed 25 Dec, Thu 26 Dec")]
    [InlineData(2025, "Wed 1 Jan, Fri 18 Apr, Mon 21 Apr, Mon 5 May, Mon 26 May, Mon 25 Aug, Thu 25 Dec, Fri 26 Dec")]
    [InlineData(2026, "Thu 1 Jan, Fri 3 Apr, Mon 6 Apr, Mon 4 May, Mon 25 May, Mon 31 Aug, Fri 25 Dec, Mon 28 Dec")]
    [InlineData(2027, "Fri 1 Jan, Fri 26 Mar, Mon 29 Mar, Mon 3 May, Mon 31 May, Mon 30 Aug, Mon 27 Dec, Tue 28 Dec")]
    [InlineData(2028, "Mon 3 Jan, Fri 14 Apr, Mon 17 Apr, Mon 1 May, Mon 29 May, Mon 28 Aug, Mon 25 Dec, Tue 26 Dec")]
    [InlineData(2029, "Mon 1 Jan, Fri 30 Mar, Mon 2 Apr, Mon 7 May, Mon 28 May, Mon 27 Aug, Tue 25 Dec, Wed 26 Dec")]
    [InlineData(2030, "Tue 1 Jan, Fri 19 Apr, Mon 22 Apr, Mon 6 May, Mon 27 May, Mon 26 Aug, Wed 25 Dec, Thu 26 Dec")]
    public void Computed_lists_of_calendar_md_2024_to_2030(int year, string days)
    {
        Assert.Equal(Day.ParseList(year, days), EnglandAndWalesBankHolidays.InYear(year));
    }

    // GOV.UK England and Wales feed (cached in ministryofjustice/govuk-bank-holidays).
    [Theory]
    [InlineData(2012, "Mon 2 Jan, Fri 6 Apr, Mon 9 Apr, Mon 7 May, Mon 4 Jun, Tue 5 Jun, Mon 27 Aug, Tue 25 Dec, Wed 26 Dec")]
    [InlineData(2013, "Tue 1 Jan, Fri 29 Mar, Mon 1 Apr, Mon 6 May, Mon 27 May, Mon 26 Aug, Wed 25 Dec, Thu 26 Dec")]
    [InlineData(2014, "Wed 1 Jan, Fri 18 Apr, Mon 21 Apr, Mon 5 May, Mon 26 May, Mon 25 Aug, Thu 25 Dec, Fri 26 Dec")]
    [InlineData(2015, "Thu 1 Jan, Fri 3 Apr, Mon 6 Apr, Mon 4 May, Mon 25 May, Mon 31 Aug, Fri 25 Dec, Mon 28 Dec")]
    [InlineData(2016, "Fri 1 Jan, Fri 25 Mar, Mon 28 Mar, Mon 2 May, Mon 30 May, Mon 29 Aug, Mon 26 Dec, Tue 27 Dec")]
    [InlineData(2017, "Mon 2 Jan, Fri 14 Apr, Mon 17 Apr, Mon 1 May, Mon 29 May, Mon 28 Aug, Mon 25 Dec, Tue 26 Dec")]
    [InlineData(2018, "Mon 1 Jan, Fri 30 Mar, Mon 2 Apr, Mon 7 May, Mon 28 May, Mon 27 Aug, Tue 25 Dec, Wed 26 Dec")]
    [InlineData(2019, "Tue 1 Jan, Fri 19 Apr, Mon 22 Apr, Mon 6 May, Mon 27 May, Mon 26 Aug, Wed 25 Dec, Thu 26 Dec")]
    [InlineData(2020, "Wed 1 Jan, Fri 10 Apr, Mon 13 Apr, Fri 8 May, Mon 25 May, Mon 31 Aug, Fri 25 Dec, Mon 28 Dec")]
    [InlineData(2021, "Fri 1 Jan, Fri 2 Apr, Mon 5 Apr, Mon 3 May, Mon 31 May, Mon 30 Aug, Mon 27 Dec, Tue 28 Dec")]
    [InlineData(2022, "Mon 3 Jan, Fri 15 Apr, Mon 18 Apr, Mon 2 May, Thu 2 Jun, Fri 3 Jun, Mon 29 Aug, Mon 19 Sep, Mon 26 Dec, Tue 27 Dec")]
    [InlineData(2023, "Mon 2 Jan, Fri 7 Apr, Mon 10 Apr, Mon 1 May, Mon 8 May, Mon 29 May, Mon 28 Aug, Mon 25 Dec, Tue 26 Dec")]
    public void Govuk_lists_2012_to_2023_including_one_off_days(int year, string days)
    {
        Assert.Equal(Day.ParseList(year, days), EnglandAndWalesBankHolidays.InYear(year));
    }

    [Fact]
    public void Year_of_the_royal_wedding_2011_has_friday_29_april_between_easter_and_early_may()
    {
        DateOnly[] expected = Day.ParseList(
            2011,
            "Mon 3 Jan, Fri 22 Apr, Mon 25 Apr, Fri 29 Apr, Mon 2 May, Mon 30 May, Mon 29 Aug, Mon 26 Dec, Tue 27 Dec");

        Assert.Equal(expected, EnglandAndWalesBankHolidays.InYear(2011));
    }

    [Fact]
    public void Ve_day_50th_anniversary_moved_early_may_1995_to_monday_8_may()
    {
        Assert.True(EnglandAndWalesBankHolidays.IsBankHoliday(Day.Parse("Mon 8 May 1995")));
        Assert.False(EnglandAndWalesBankHolidays.IsBankHoliday(Day.Parse("Mon 1 May 1995")));
    }

    [Fact]
    public void Ve_day_75th_anniversary_moved_early_may_2020_to_friday_8_may()
    {
        Assert.True(EnglandAndWalesBankHolidays.IsBankHoliday(Day.Parse("Fri 8 May 2020")));
        Assert.False(EnglandAndWalesBankHolidays.IsBankHoliday(Day.Parse("Mon 4 May 2020")));
    }

    [Fact]
    public void Millennium_gave_friday_31_december_1999_between_the_christmas_and_new_year_substitutes()
    {
        Assert.Equal(
            Day.ParseList(1999, "Mon 27 Dec, Tue 28 Dec, Fri 31 Dec"),
            EnglandAndWalesBankHolidays.InYear(1999).Where(d => d.Month == 12));
        Assert.Equal(Day.Parse("Mon 3 Jan 2000"), EnglandAndWalesBankHolidays.InYear(2000)[0]);
    }

    [Fact]
    public void Golden_jubilee_2002_follows_the_unconfirmed_override_rows()
    {
        Assert.True(EnglandAndWalesBankHolidays.IsBankHoliday(Day.Parse("Mon 3 Jun 2002")));
        Assert.True(EnglandAndWalesBankHolidays.IsBankHoliday(Day.Parse("Tue 4 Jun 2002")));
        Assert.False(EnglandAndWalesBankHolidays.IsBankHoliday(Day.Parse("Mon 27 May 2002")));
    }

    [Theory]
    [InlineData(2012, "Mon 28 May")]
    [InlineData(2022, "Mon 30 May")]
    public void Spring_bank_holiday_moved_for_a_jubilee_is_an_ordinary_working_day(int year, string lastMondayInMay)
    {
        DateOnly date = Day.ParseList(year, lastMondayInMay)[0];

        Assert.False(EnglandAndWalesBankHolidays.IsBankHoliday(date));
        Assert.True(WorkingDayCalendar.EnglandAndWales.IsWorkingDay(date));
    }

    [Fact]
    public void Is_bank_holiday_agrees_with_the_year_list_for_every_day_from_1990_to_2040()
    {
        for (var date = new DateOnly(1990, 1, 1); date <= new DateOnly(2040, 12, 31); date = date.AddDays(1))
        {
            bool listed = EnglandAndWalesBankHolidays.InYear(date.Year).Contains(date);
            Assert.Equal(listed, EnglandAndWalesBankHolidays.IsBankHoliday(date));
        }
    }

    [Fact]
    public void Year_lists_are_sorted_distinct_weekdays_of_their_own_year()
    {
        for (int year = 1978; year <= 2300; year++)
        {
            IReadOnlyList<DateOnly> days = EnglandAndWalesBankHolidays.InYear(year);

            Assert.Equal(days.Order().Distinct(), days);
            Assert.All(days, d => Assert.Equal(year, d.Year));
            Assert.All(days, d => Assert.InRange(d.DayOfWeek, DayOfWeek.Monday, DayOfWeek.Friday));
        }
    }

    [Fact]
    public void Rules_give_eight_days_every_year_and_only_proclamations_change_the_count()
    {
        var additions = EnglandAndWalesBankHolidayChanges.All
            .Where(c => c.Kind == BankHolidayChangeKind.Addition)
            .GroupBy(c => c.Year)
            .ToDictionary(g => g.Key, g => g.Count());

        for (int year = 1978; year <= 2300; year++)
        {
            Assert.Equal(8, EnglandAndWalesBankHolidayRules.InYear(year).Distinct().Count());
            Assert.Equal(8 + additions.GetValueOrDefault(year), EnglandAndWalesBankHolidays.InYear(year).Count);
        }
    }

    [Fact]
    public void Year_lists_are_cached_and_cannot_be_changed_by_callers()
    {
        IReadOnlyList<DateOnly> days = EnglandAndWalesBankHolidays.InYear(2025);

        Assert.Same(days, EnglandAndWalesBankHolidays.InYear(2025));
        Assert.Throws<NotSupportedException>(() => ((IList<DateOnly>)days)[0] = new DateOnly(2025, 7, 4));
    }

    [Fact]
    public void Year_lists_are_the_same_when_many_threads_ask_at_once()
    {
        var results = new IReadOnlyList<DateOnly>[64];

        Parallel.For(0, results.Length, i => results[i] = EnglandAndWalesBankHolidays.InYear(2400 + (i % 4)));

        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(EnglandAndWalesBankHolidayRules.InYear(2400 + (i % 4)).Order(), results[i]);
        }
    }
}
