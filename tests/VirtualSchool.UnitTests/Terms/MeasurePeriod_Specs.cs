using VirtualSchool.Domain;
using VirtualSchool.Domain.Terms;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Terms;

public sealed class MeasurePeriod_Specs
{
    [Theory]
    [InlineData("2026-02-10", "2026-01-05", "2026-02-10")] // term so far
    [InlineData("2026-02-18", "2026-01-05", "2026-02-18")] // half term is inside the term
    [InlineData("2025-09-03", "2025-09-03", "2025-09-03")] // the first day of term
    [InlineData("2026-04-03", "2026-01-05", "2026-03-27")] // Easter holiday: the whole of the last term
    [InlineData("2026-08-10", "2026-04-13", "2026-07-22")] // summer holiday
    [InlineData("2026-01-01", "2025-09-03", "2025-12-19")] // across new year
    public void Term_is_the_term_containing_the_day_or_the_last_before_it(string on, string from, string to) =>
        Assert.Equal((Date(from), Date(to)), new MeasurePeriod(MeasurePeriodKind.Term).RangeOn(Date(on), TermDates));

    [Fact]
    public void Term_before_any_configured_term_is_refused()
    {
        var violation = Assert.Throws<VirtualSchoolRuleViolation>(() =>
            new MeasurePeriod(MeasurePeriodKind.Term).RangeOn(Date("2025-09-02"), TermDates));

        Assert.Equal("No term is configured on or before 2 Sep 2025.", violation.Message);
    }

    [Theory]
    [InlineData("2026-02-18", "2025-09-01")]
    [InlineData("2025-09-01", "2025-09-01")]
    [InlineData("2026-08-31", "2025-09-01")]
    [InlineData("2026-09-01", "2026-09-01")]
    public void School_year_to_date_runs_from_1_september(string on, string from) =>
        Assert.Equal((Date(from), Date(on)), new MeasurePeriod(MeasurePeriodKind.SchoolYearToDate).RangeOn(Date(on), TermDates));

    [Theory]
    [InlineData(10, "2026-03-02", "2026-02-10")] // six days back to 23 Feb, half term skipped, four more
    [InlineData(5, "2026-02-18", "2026-02-09")]  // in half term: the five school days before it
    [InlineData(1, "2026-02-18", "2026-02-13")]
    [InlineData(1, "2026-03-02", "2026-03-02")]  // the day itself counts when it is a school day
    [InlineData(3, "2026-05-06", "2026-05-01")]  // 6, 5 May, bank holiday 4 May skipped, 1 May
    [InlineData(3, "2026-01-06", "2025-12-19")]  // 6, 5 Jan, then back to the end of the autumn term
    public void Rolling_is_the_last_n_school_days_ending_on_the_day(int schoolDays, string on, string from) =>
        Assert.Equal((Date(from), Date(on)), new MeasurePeriod(MeasurePeriodKind.RollingSchoolDays, schoolDays).RangeOn(Date(on), TermDates));

    [Fact]
    public void Rolling_starts_at_the_first_configured_school_day_when_there_are_fewer() =>
        Assert.Equal(
            (Date("2025-09-03"), Date("2025-09-10")),
            new MeasurePeriod(MeasurePeriodKind.RollingSchoolDays, 500).RangeOn(Date("2025-09-10"), TermDates));

    [Fact]
    public void Rolling_needs_at_least_one_school_day()
    {
        var violation = Assert.Throws<VirtualSchoolRuleViolation>(() =>
            new MeasurePeriod(MeasurePeriodKind.RollingSchoolDays).RangeOn(Date("2026-03-02"), TermDates));

        Assert.Equal("A rolling measure period needs at least 1 school day; 0 was configured.", violation.Message);
    }

    [Fact]
    public void Rolling_before_any_configured_term_is_refused() =>
        Assert.Throws<VirtualSchoolRuleViolation>(() =>
            new MeasurePeriod(MeasurePeriodKind.RollingSchoolDays, 5).RangeOn(Date("2025-08-01"), TermDates));
}
