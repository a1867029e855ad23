using VirtualSchool.Domain;
using VirtualSchool.Domain.Terms;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Terms;

public sealed class SchoolTermCalendar_Specs
{
    [Theory]
    [InlineData("2025-09-03", "2025-12-19", 73)] // 78 weekdays less half term
    [InlineData("2026-01-05", "2026-03-27", 55)] // 60 weekdays less half term
    [InlineData("2026-04-13", "2026-07-22", 67)] // 73 weekdays less half term and Mon 4 May
    [InlineData("2025-09-01", "2026-08-31", 195)]
    [InlineData("2025-09-01", "2025-09-30", 20)] // the term starts on Wed 3 Sep
    public void Counts_school_days_with_both_ends_included(string from, string to, int schoolDays) =>
        Assert.Equal(schoolDays, TermDates.SchoolDaysBetween(Date(from), Date(to)));

    [Fact]
    public void Five_inset_days_bring_the_year_to_the_190_days_a_school_must_meet()
    {
        var calendar = new SchoolTermCalendar([Autumn2025, Spring2026, Summer2026], InsetDays2025To26);

        Assert.Equal(190, calendar.SchoolDaysBetween(Date("2025-09-01"), Date("2026-08-31")));
        Assert.Equal(InsetDays2025To26, calendar.NonSchoolDays);
    }

    [Theory]
    [InlineData("2025-09-03", true)]  // first day of term, a Wednesday
    [InlineData("2025-12-19", true)]  // last day of term
    [InlineData("2025-09-01", false)] // a Monday before term
    [InlineData("2025-09-06", false)] // Saturday
    [InlineData("2025-10-27", false)] // half term
    [InlineData("2025-10-31", false)] // last day of half term
    [InlineData("2025-11-03", true)]  // back after half term
    [InlineData("2025-12-22", false)] // Christmas holiday, outside every term
    [InlineData("2026-05-04", false)] // early May bank holiday in term time
    [InlineData("2026-05-05", true)]
    [InlineData("2026-07-22", true)]  // a Wednesday, the last day of the year
    [InlineData("2026-07-23", false)]
    public void A_school_day_is_a_weekday_in_term_outside_breaks_and_bank_holidays(string date, bool isSchoolDay) =>
        Assert.Equal(isSchoolDay, TermDates.IsSchoolDay(Date(date)));

    [Fact]
    public void A_term_across_new_year_skips_christmas_boxing_day_and_new_years_day()
    {
        var calendar = new SchoolTermCalendar([Term("Winter", "2025-12-01", "2026-01-09")]);

        // December: 23 weekdays less 25 and 26 Dec; January: 7 weekdays less 1 Jan.
        Assert.Equal(27, calendar.SchoolDaysBetween(Date("2025-12-01"), Date("2026-01-09")));
        Assert.Equal(21, calendar.SchoolDaysBetween(Date("2025-12-01"), Date("2025-12-31")));
        Assert.Equal(6, calendar.SchoolDaysBetween(Date("2026-01-01"), Date("2026-01-31")));
        Assert.False(calendar.IsSchoolDay(Date("2026-01-01")));
        Assert.True(calendar.IsSchoolDay(Date("2025-12-24")));
        Assert.True(calendar.IsSchoolDay(Date("2025-12-31")));
    }

    [Fact]
    public void Lists_school_days_in_order()
    {
        DateOnly[] days = [.. TermDates.SchoolDays(Date("2025-10-23"), Date("2025-11-04"))];

        Assert.Equal([Date("2025-10-23"), Date("2025-10-24"), Date("2025-11-03"), Date("2025-11-04")], days);
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_has_no_school_days()
    {
        Assert.Equal(0, TermDates.SchoolDaysBetween(Date("2025-11-04"), Date("2025-11-03")));
        Assert.Equal(1, TermDates.SchoolDaysBetween(Date("2025-11-03"), Date("2025-11-03")));
    }

    [Theory]
    [InlineData("2025-10-29", "Autumn 2025")] // in half term, which is inside the term
    [InlineData("2025-09-03", "Autumn 2025")]
    [InlineData("2026-03-27", "Spring 2026")]
    [InlineData("2026-05-04", "Summer 2026")]
    [InlineData("2025-12-20", null)]
    [InlineData("2026-08-01", null)]
    public void Finds_the_term_containing_a_date(string date, string? term) =>
        Assert.Equal(term, TermDates.TermContaining(Date(date))?.Name);

    [Theory]
    [InlineData("2025-09-01", true)]  // before the first term, but its school year has terms
    [InlineData("2026-08-31", true)]
    [InlineData("2026-09-01", true)]
    [InlineData("2027-08-31", true)]  // 2026/27 has its autumn term configured
    [InlineData("2027-09-01", false)]
    [InlineData("2025-08-31", false)]
    public void Covers_the_school_years_it_has_terms_for(string date, bool covers) =>
        Assert.Equal(covers, TermDates.Covers(Date(date)));

    [Fact]
    public void A_schools_own_closures_are_added_to_the_authoritys()
    {
        SchoolTermCalendar authority = new([Autumn2025], [Date("2025-09-03")]);

        SchoolTermCalendar school = authority.WithNonSchoolDays([Date("2025-09-04"), Date("2025-09-03")]);

        Assert.Equal(73 - 1, authority.SchoolDaysBetween(Date("2025-09-01"), Date("2025-12-31")));
        Assert.Equal(73 - 2, school.SchoolDaysBetween(Date("2025-09-01"), Date("2025-12-31")));
        Assert.False(school.IsSchoolDay(Date("2025-09-04")));
        Assert.True(authority.IsSchoolDay(Date("2025-09-04")));
    }

    [Fact]
    public void Keeps_terms_in_date_order_whatever_order_they_are_given_in()
    {
        var calendar = new SchoolTermCalendar([Summer2026, Autumn2025, Spring2026]);

        Assert.Equal(["Autumn 2025", "Spring 2026", "Summer 2026"], calendar.Terms.Select(t => t.Name));
    }

    [Fact]
    public void Refuses_overlapping_terms()
    {
        var violation = Assert.Throws<VirtualSchoolRuleViolation>(() =>
            new SchoolTermCalendar([Autumn2025, Term("Extra", "2025-12-19", "2026-01-09")]));

        Assert.Equal(
            "The terms 'Autumn 2025' (3 Sep 2025 to 19 Dec 2025) and 'Extra' (19 Dec 2025 to 9 Jan 2026) overlap.",
            violation.Message);
    }

    [Fact]
    public void Refuses_a_term_that_ends_before_it_starts()
    {
        var violation = Assert.Throws<VirtualSchoolRuleViolation>(() =>
            new SchoolTermCalendar([Term("Spring 2026", "2026-03-27", "2026-01-05")]));

        Assert.Equal("The term 'Spring 2026' ends (5 Jan 2026) before it starts (27 Mar 2026).", violation.Message);
    }

    [Fact]
    public void Refuses_a_break_outside_its_term()
    {
        var violation = Assert.Throws<VirtualSchoolRuleViolation>(() =>
            new SchoolTermCalendar([Term("Spring 2026", "2026-01-05", "2026-03-27", ("2026-03-23", "2026-04-10"))]));

        Assert.Equal(
            "The break 23 Mar 2026 to 10 Apr 2026 is not inside the term 'Spring 2026' (5 Jan 2026 to 27 Mar 2026).",
            violation.Message);
    }

    [Fact]
    public void Refuses_a_break_that_ends_before_it_starts()
    {
        var violation = Assert.Throws<VirtualSchoolRuleViolation>(() =>
            new SchoolTermCalendar([Term("Spring 2026", "2026-01-05", "2026-03-27", ("2026-02-20", "2026-02-16"))]));

        Assert.Equal("A break in the term 'Spring 2026' ends (16 Feb 2026) before it starts (20 Feb 2026).", violation.Message);
    }

    [Fact]
    public void Refuses_overlapping_breaks()
    {
        var violation = Assert.Throws<VirtualSchoolRuleViolation>(() => new SchoolTermCalendar(
            [Term("Spring 2026", "2026-01-05", "2026-03-27", ("2026-02-16", "2026-02-20"), ("2026-02-20", "2026-02-23"))]));

        Assert.Equal(
            "The breaks 16 Feb 2026 to 20 Feb 2026 and 20 Feb 2026 to 23 Feb 2026 in the term 'Spring 2026' overlap.",
            violation.Message);
    }

    [Fact]
    public void Refuses_a_term_without_a_name()
    {
        var violation = Assert.Throws<VirtualSchoolRuleViolation>(() =>
            new SchoolTermCalendar([Term(" ", "2026-01-05", "2026-03-27")]));

        Assert.Equal("The term starting 5 Jan 2026 needs a name.", violation.Message);
    }

    [Fact]
    public void A_one_day_term_with_a_one_day_break_is_allowed_and_has_no_school_days()
    {
        var calendar = new SchoolTermCalendar([Term("Odd", "2026-01-05", "2026-01-05", ("2026-01-05", "2026-01-05"))]);

        Assert.False(calendar.IsSchoolDay(Date("2026-01-05")));
    }
}
