namespace CorporateParenting.Calendar.Tests;

public class WorkedExampleTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    // docs/calendar.md §3, row for row.
    [Theory]
    [InlineData("Mon 14 Apr 2025", 20, "Thu 15 May 2025", "Good Friday, Easter Monday and early May are skipped")]
    [InlineData("Mon 15 Dec 2025", 5, "Mon 22 Dec 2025", "request to health")]
    [InlineData("Mon 15 Dec 2025", 20, "Thu 15 Jan 2026", "25 and 26 Dec and 1 Jan are skipped (IHA example)")]
    [InlineData("Sat 20 Dec 2025", 5, "Tue 30 Dec 2025", "D at a weekend; 24 Dec counts")]
    [InlineData("Sat 20 Dec 2025", 20, "Wed 21 Jan 2026", "")]
    [InlineData("Thu 2 Apr 2026", 5, "Mon 13 Apr 2026", "Easter 2026")]
    [InlineData("Mon 25 May 2026", 1, "Tue 26 May 2026", "D is itself a bank holiday")]
    [InlineData("Fri 28 Aug 2026", 5, "Mon 7 Sep 2026", "summer bank holiday on 31 Aug")]
    [InlineData("Fri 18 Dec 2026", 20, "Wed 20 Jan 2027", "Boxing Day substitute on Mon 28 Dec")]
    [InlineData("Thu 24 Dec 2026", 5, "Tue 5 Jan 2027", "emergency placement on Christmas Eve")]
    [InlineData("Thu 25 Mar 2027", 10, "Mon 12 Apr 2027", "Easter 2027; change of school")]
    [InlineData("Fri 17 Dec 2027", 20, "Wed 19 Jan 2028", "both Christmas substitutes, and 3 Jan 2028")]
    [InlineData("Wed 22 Dec 2027", 10, "Mon 10 Jan 2028", "placement ended without notice (reg 14)")]
    [InlineData("Fri 24 Dec 2027", 5, "Wed 5 Jan 2028", "")]
    [InlineData("Mon 10 Apr 2028", 20, "Thu 11 May 2028", "Easter 2028 and early May on 1 May")]
    [InlineData("Fri 22 Dec 2028", 10, "Wed 10 Jan 2029", "the year boundary")]
    public void Worked_examples_of_calendar_md(string from, int workingDays, string expected, string shows)
    {
        _ = shows;
        DateOnly start = Day.Parse(from);
        DateOnly due = Day.Parse(expected);

        Assert.Equal(due, Calendar.AddWorkingDays(start, workingDays));
        Assert.Equal(workingDays, Calendar.WorkingDaysBetween(start, due));
    }

    [Fact]
    public void Iha_due_date_skips_christmas_boxing_day_and_new_year()
    {
        // Convention 3: 20 working days after the child became looked after.
        Assert.Equal(Day.Parse("Thu 15 Jan 2026"), Calendar.AddWorkingDays(Day.Parse("Mon 15 Dec 2025"), 20));
    }

    [Fact]
    public void Request_to_health_is_due_five_working_days_after_entering_care()
    {
        Assert.Equal(Day.Parse("Mon 22 Dec 2025"), Calendar.AddWorkingDays(Day.Parse("Mon 15 Dec 2025"), 5));
    }

    [Fact]
    public void Pep_after_a_change_of_school_skips_good_friday_and_easter_monday()
    {
        Assert.Equal(Day.Parse("Mon 12 Apr 2027"), Calendar.AddWorkingDays(Day.Parse("Thu 25 Mar 2027"), 10));
    }

    [Fact]
    public void Emergency_placement_on_christmas_eve_notification_is_late_after_5_january()
    {
        DateOnly deadline = Calendar.AddWorkingDays(Day.Parse("Thu 24 Dec 2026"), 5);

        Assert.Equal(Day.Parse("Tue 5 Jan 2027"), deadline);
        Assert.Equal(6, Calendar.WorkingDaysBetween(Day.Parse("Thu 24 Dec 2026"), Day.Parse("Wed 6 Jan 2027")));
    }
}
