namespace CorporateParenting.Calendar.Tests;

public class CalendarMonthsTests
{
    [Theory]
    [InlineData("Sun 31 Aug 2025", 6, "Sat 28 Feb 2026")]
    [InlineData("Tue 29 Feb 2028", 12, "Wed 28 Feb 2029")]
    [InlineData("Tue 31 Aug 2027", 6, "Tue 29 Feb 2028")]
    [InlineData("Fri 31 Jan 2025", 3, "Wed 30 Apr 2025")]
    [InlineData("Wed 15 Jan 2025", 6, "Tue 15 Jul 2025")]
    [InlineData("Wed 15 Jan 2025", 12, "Thu 15 Jan 2026")]
    [InlineData("Fri 31 Oct 2025", 6, "Thu 30 Apr 2026")]
    public void Months_are_calendar_months_and_a_missing_day_becomes_the_last_of_the_month(string from, int months, string expected)
    {
        Assert.Equal(Day.Parse(expected), CalendarMonths.Add(Day.Parse(from), months));
    }

    [Fact]
    public void Adding_zero_months_keeps_the_date()
    {
        Assert.Equal(Day.Parse("Sun 31 Aug 2025"), CalendarMonths.Add(Day.Parse("Sun 31 Aug 2025"), 0));
    }

    [Fact]
    public void Negative_months_count_backwards_with_the_same_clamp()
    {
        Assert.Equal(Day.Parse("Fri 28 Feb 2025"), CalendarMonths.Add(Day.Parse("Mon 31 Mar 2025"), -1));
    }

    [Fact]
    public void Six_then_six_months_can_fall_short_of_twelve_months_after_a_clamp()
    {
        DateOnly start = Day.Parse("Sun 31 Aug 2025");

        Assert.Equal(Day.Parse("Fri 28 Aug 2026"), CalendarMonths.Add(CalendarMonths.Add(start, 6), 6));
        Assert.Equal(Day.Parse("Mon 31 Aug 2026"), CalendarMonths.Add(start, 12));
    }
}
