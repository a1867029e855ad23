namespace CorporateParenting.Calendar.Tests;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    [InlineData("Sat 4 Jan 2025")]
    [InlineData("Sun 5 Jan 2025")]
    [InlineData("Fri 18 Apr 2025")]
    [InlineData("Mon 21 Apr 2025")]
    [InlineData("Thu 25 Dec 2025")]
    [InlineData("Mon 3 Jan 2028")]
    public void Weekends_and_bank_holidays_are_not_working_days(string day)
    {
        Assert.False(Calendar.IsWorkingDay(Day.Parse(day)));
    }

    [Theory]
    [InlineData("Tue 29 Feb 2028")]
    [InlineData("Thu 29 Feb 2024")]
    [InlineData("Thu 17 Apr 2025")]
    [InlineData("Tue 22 Apr 2025")]
    [InlineData("Fri 2 Jan 2026")]
    public void Ordinary_weekdays_including_leap_days_are_working_days(string day)
    {
        Assert.True(Calendar.IsWorkingDay(Day.Parse(day)));
    }

    [Fact]
    public void Leap_day_2028_is_the_working_day_after_monday_28_february()
    {
        Assert.Equal(Day.Parse("Tue 29 Feb 2028"), Calendar.AddWorkingDays(Day.Parse("Mon 28 Feb 2028"), 1));
        Assert.Equal(Day.Parse("Wed 1 Mar 2028"), Calendar.AddWorkingDays(Day.Parse("Mon 28 Feb 2028"), 2));
    }

    [Fact]
    public void Start_date_is_never_counted_even_when_it_is_a_working_day()
    {
        Assert.Equal(Day.Parse("Tue 14 Jan 2025"), Calendar.AddWorkingDays(Day.Parse("Mon 13 Jan 2025"), 1));
    }

    [Theory]
    [InlineData("Fri 10 Jan 2025")]
    [InlineData("Sat 11 Jan 2025")]
    [InlineData("Sun 12 Jan 2025")]
    public void Counting_from_a_friday_or_the_weekend_starts_on_monday(string from)
    {
        Assert.Equal(Day.Parse("Mon 13 Jan 2025"), Calendar.AddWorkingDays(Day.Parse(from), 1));
    }

    [Fact]
    public void Counting_from_good_friday_skips_the_easter_weekend_and_easter_monday()
    {
        Assert.Equal(Day.Parse("Tue 22 Apr 2025"), Calendar.AddWorkingDays(Day.Parse("Fri 18 Apr 2025"), 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Adding_fewer_than_one_working_day_is_rejected(int workingDays)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Day.Parse("Mon 13 Jan 2025"), workingDays));
    }

    [Theory]
    [InlineData("Mon 13 Jan 2025", "Mon 13 Jan 2025")]
    [InlineData("Mon 13 Jan 2025", "Fri 10 Jan 2025")]
    [InlineData("Mon 13 Jan 2025", "Mon 1 Jan 2024")]
    public void Working_days_between_is_zero_when_the_end_is_not_after_the_start(string from, string to)
    {
        Assert.Equal(0, Calendar.WorkingDaysBetween(Day.Parse(from), Day.Parse(to)));
    }

    [Theory]
    [InlineData("Fri 10 Jan 2025", "Sun 12 Jan 2025", 0)]
    [InlineData("Fri 10 Jan 2025", "Mon 13 Jan 2025", 1)]
    [InlineData("Sun 12 Jan 2025", "Fri 17 Jan 2025", 5)]
    [InlineData("Wed 24 Dec 2025", "Fri 2 Jan 2026", 4)]
    [InlineData("Wed 1 Jan 2025", "Wed 31 Dec 2025", 253)]
    [InlineData("Thu 31 Dec 2026", "Fri 31 Dec 2027", 253)]
    public void Working_days_between_counts_after_the_start_up_to_and_including_the_end(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysBetween(Day.Parse(from), Day.Parse(to)));
    }

    [Fact]
    public void A_calendar_without_holidays_skips_only_weekends()
    {
        var weekdaysOnly = new WorkingDayCalendar(_ => false);

        Assert.True(weekdaysOnly.IsWorkingDay(Day.Parse("Thu 25 Dec 2025")));
        Assert.Equal(Day.Parse("Mon 29 Dec 2025"), weekdaysOnly.AddWorkingDays(Day.Parse("Wed 24 Dec 2025"), 3));
    }

    [Fact]
    public void A_calendar_can_be_built_from_any_holiday_rule()
    {
        DateOnly closed = Day.Parse("Tue 14 Jan 2025");
        var calendar = new WorkingDayCalendar(d => d == closed);

        Assert.False(calendar.IsWorkingDay(closed));
        Assert.Equal(Day.Parse("Wed 15 Jan 2025"), calendar.AddWorkingDays(Day.Parse("Mon 13 Jan 2025"), 1));
        Assert.Equal(1, calendar.WorkingDaysBetween(Day.Parse("Mon 13 Jan 2025"), Day.Parse("Wed 15 Jan 2025")));
    }

    [Fact]
    public void A_calendar_needs_a_holiday_rule()
    {
        Assert.Throws<ArgumentNullException>(() => new WorkingDayCalendar(null!));
    }
}
