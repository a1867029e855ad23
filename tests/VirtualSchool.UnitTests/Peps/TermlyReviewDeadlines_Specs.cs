using VirtualSchool.Domain;
using VirtualSchool.Domain.Peps;
using VirtualSchool.Domain.Terms;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Peps;

public sealed class TermlyReviewDeadlines_Specs
{
    private static TermReviewDeadline ByName(string term, string deadline) => new() { Term = term, Deadline = Date(deadline) };

    private static TermlyReviewDeadlines Build(params TermReviewDeadline[] entries) => new(TermDates, entries);

    [Fact]
    public void The_spring_term_deadline_falls_in_the_next_calendar_year_of_its_school_year()
    {
        var deadlines = Build(ByName("Autumn 2025", "2025-11-28"), ByName("Spring 2026", "2026-03-13"), ByName("Summer 2026", "2026-07-10"));

        Assert.Equal(Date("2025-11-28"), deadlines.For(Autumn2025));
        Assert.Equal(Date("2026-03-13"), deadlines.For(Spring2026));
        Assert.Equal(Date("2026-07-10"), deadlines.For(Summer2026));
    }

    [Fact]
    public void A_spring_deadline_typed_with_the_year_the_school_year_started_is_refused()
    {
        var refused = Assert.Throws<VirtualSchoolRuleViolation>(() => Build(ByName("Spring 2026", "2025-03-13")));

        Assert.Equal("The PEP review deadline for 'Spring 2026' (13 Mar 2025) is before the term starts (5 Jan 2026).", refused.Message);
    }

    [Fact]
    public void A_term_across_the_new_year_takes_a_deadline_in_january()
    {
        var calendar = new SchoolTermCalendar([Term("Winter", "2025-12-01", "2026-01-09"), Term("Late winter", "2026-01-19", "2026-03-27")]);

        var deadlines = new TermlyReviewDeadlines(calendar, [ByName("Winter", "2026-01-16")]); // in the holiday after the term

        Assert.Equal(Date("2026-01-16"), deadlines.For(calendar.Terms[0]));
        Assert.Throws<VirtualSchoolRuleViolation>(() => new TermlyReviewDeadlines(calendar, [ByName("Winter", "2026-01-19")]));
    }

    [Theory]
    [InlineData("2025-09-03", true)]  // the term's first day
    [InlineData("2025-12-19", true)]  // its last day
    [InlineData("2026-01-04", true)]  // the holiday after it, the day before spring starts
    [InlineData("2026-01-05", false)] // the next term's first day
    [InlineData("2025-09-02", false)] // before the term
    public void A_deadline_lies_in_its_term_or_the_holiday_after_it(string deadline, bool allowed) =>
        Assert.Equal(allowed, Record.Exception(() => Build(ByName("Autumn 2025", deadline))) is null);

    [Theory]
    [InlineData("2027-01-29", true)]  // 42 days after the last configured term ends on Fri 18 Dec 2026
    [InlineData("2027-01-30", false)]
    public void After_the_last_configured_term_a_deadline_is_at_most_six_weeks_after_it(string deadline, bool allowed) =>
        Assert.Equal(allowed, Record.Exception(() => Build(ByName("Autumn 2026", deadline))) is null);

    [Fact]
    public void A_term_may_be_named_by_its_first_day()
    {
        var deadlines = Build(new TermReviewDeadline { TermStarts = Date("2026-01-05"), Deadline = Date("2026-03-13") });

        Assert.Equal(Date("2026-03-13"), deadlines.For(Spring2026));
        Assert.True(deadlines.IsConfigured(Spring2026));
    }

    [Fact]
    public void A_term_without_a_configured_deadline_is_due_on_its_last_day()
    {
        var deadlines = Build();

        Assert.Equal(Date("2026-03-27"), deadlines.For(Spring2026));
        Assert.False(deadlines.IsConfigured(Spring2026));
    }

    [Fact]
    public void Configuration_that_names_no_term_or_two_or_the_same_twice_is_refused()
    {
        Assert.Equal(
            "A PEP review deadline names the term 'Spring 2027', which the term dates do not have.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => Build(ByName("Spring 2027", "2027-03-12"))).Message);
        Assert.Equal(
            "A PEP review deadline is for a term starting 6 Jan 2026, and no term starts then.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => Build(new TermReviewDeadline { TermStarts = Date("2026-01-06"), Deadline = Date("2026-03-13") })).Message);
        Assert.Equal(
            "A PEP review deadline names the term 'Spring 2026' and a term starting 3 Sep 2025 ('Autumn 2025'): give one term.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => Build(new TermReviewDeadline { Term = "Spring 2026", TermStarts = Date("2025-09-03"), Deadline = Date("2026-03-13") })).Message);
        Assert.Equal(
            "The PEP review deadline 13 Mar 2026 needs its term: a name or the day the term starts.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => Build(new TermReviewDeadline { Term = " ", Deadline = Date("2026-03-13") })).Message);
        Assert.Equal(
            "The term 'Spring 2026' has more than one PEP review deadline.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => Build(ByName("Spring 2026", "2026-03-13"), new TermReviewDeadline { TermStarts = Date("2026-01-05"), Deadline = Date("2026-03-20") })).Message);
    }
}
