using VirtualSchool.Domain;
using VirtualSchool.Domain.Exclusions;
using VirtualSchool.Domain.Terms;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Exclusions;

public sealed class SuspensionLimit_Specs
{
    private static ExclusionRecord Suspension(string startsOn, int sessions) =>
        new(ExclusionKind.Suspension, Date(startsOn), sessions, Reason: null);

    private static SuspensionTotal TotalOn(string onDate, params ExclusionRecord[] records) =>
        SuspensionLimit.TotalFor(records, Date(onDate), TermDates);

    /// <summary>Nine five-day suspensions on Mondays of the 2025/26 terms: exactly 45 days.</summary>
    private static ExclusionRecord[] FortyFiveDays =>
    [
        Suspension("2025-09-08", 10), Suspension("2025-09-22", 10), Suspension("2025-11-03", 10),
        Suspension("2025-12-01", 10), Suspension("2026-01-12", 10), Suspension("2026-02-02", 10),
        Suspension("2026-03-02", 10), Suspension("2026-04-20", 10), Suspension("2026-06-08", 10),
    ];

    [Fact]
    public void No_suspensions_leave_all_45_days()
    {
        SuspensionTotal total = TotalOn("2026-02-10");

        Assert.Equal(new SuspensionTotal(new SchoolYear(2025), 0m, OverLimit: false, DaysRemaining: 45m), total);
        Assert.False(total.AtOrOverLimit);
    }

    [Fact]
    public void A_lunchtime_suspension_is_half_a_day() =>
        Assert.Equal(
            new SuspensionTotal(new SchoolYear(2025), 0.5m, OverLimit: false, DaysRemaining: 44.5m),
            TotalOn("2026-02-10", Suspension("2026-02-10", 1)));

    [Fact]
    public void Whole_days_and_lunchtimes_add_up_in_halves() =>
        Assert.Equal(
            3.5m,
            TotalOn("2026-02-10", Suspension("2025-10-01", 2), Suspension("2026-01-07", 1), Suspension("2026-02-09", 4)).Days);

    [Fact]
    public void Exactly_45_days_is_at_the_limit_not_over_it()
    {
        SuspensionTotal total = TotalOn("2026-07-01", FortyFiveDays);

        Assert.Equal(45m, total.Days);
        Assert.False(total.OverLimit);
        Assert.True(total.AtOrOverLimit);
        Assert.Equal(0m, total.DaysRemaining);
    }

    [Fact]
    public void Reaching_45_with_two_lunchtimes_is_still_at_the_limit()
    {
        ExclusionRecord[] records = [.. FortyFiveDays[..8], Suspension("2026-06-08", 8), Suspension("2026-06-15", 1), Suspension("2026-06-16", 1)];

        SuspensionTotal total = TotalOn("2026-07-01", records);

        Assert.Equal(45m, total.Days);
        Assert.False(total.OverLimit);
    }

    [Fact]
    public void One_lunchtime_past_45_is_over()
    {
        SuspensionTotal total = TotalOn("2026-07-01", [.. FortyFiveDays, Suspension("2026-07-01", 1)]);

        Assert.Equal(45.5m, total.Days);
        Assert.True(total.OverLimit);
        Assert.Equal(0m, total.DaysRemaining);
    }

    [Fact]
    public void A_whole_day_past_45_is_over() =>
        Assert.Equal(46m, TotalOn("2026-07-01", [.. FortyFiveDays, Suspension("2026-07-01", 2)]).Days);

    [Fact]
    public void Days_already_given_count_in_full_even_when_they_are_after_the_day_asked_about() =>
        Assert.Equal(5m, TotalOn("2025-09-01", Suspension("2026-06-08", 10)).Days);

    [Fact]
    public void Permanent_exclusions_are_not_counted() =>
        Assert.Equal(
            1m,
            TotalOn("2026-02-10", Suspension("2026-02-09", 2), new ExclusionRecord(ExclusionKind.PermanentExclusion, Date("2026-02-10"), 10, "PA")).Days);

    [Fact]
    public void Suspensions_in_other_school_years_are_not_counted()
    {
        var calendar = new SchoolTermCalendar([Term("Summer 2025", "2025-04-22", "2025-07-22"), Autumn2025, Spring2026, Summer2026, Autumn2026]);
        ExclusionRecord[] records = [Suspension("2025-07-10", 10), Suspension("2026-02-09", 2), Suspension("2026-09-07", 10)];

        Assert.Equal(1m, SuspensionLimit.TotalFor(records, Date("2026-02-10"), calendar).Days);
    }

    [Fact]
    public void A_suspension_in_the_previous_school_year_needs_its_term_dates_to_know_whether_it_runs_on()
    {
        // Without 2024/25's terms, 10 Jul 2025 could be in the summer holiday and the days fall in September.
        var violation = Assert.Throws<VirtualSchoolRuleViolation>(() => TotalOn("2026-02-10", Suspension("2025-07-10", 10)));

        Assert.Contains("needs the term dates of 2024/25", violation.Message);
    }

    [Fact]
    public void A_suspension_across_31_august_counts_each_part_in_its_own_school_year()
    {
        // Mon 20 Jul 2026, 5 days: 20, 21 and 22 Jul end 2025/26; Thu 3 and Fri 4 Sep 2026 start 2026/27.
        ExclusionRecord suspension = Suspension("2026-07-20", 10);

        Assert.Equal(3m, TotalOn("2026-07-01", suspension).Days);
        Assert.Equal(2m, TotalOn("2026-09-10", suspension).Days);
    }

    [Fact]
    public void An_odd_session_across_31_august_is_half_a_day_in_the_new_year()
    {
        ExclusionRecord suspension = Suspension("2026-07-22", 3);

        Assert.Equal(1m, TotalOn("2026-07-22", suspension).Days);
        Assert.Equal(0.5m, TotalOn("2026-09-03", suspension).Days);
    }

    [Fact]
    public void A_suspension_starting_in_the_summer_holiday_falls_in_the_next_school_year()
    {
        ExclusionRecord suspension = Suspension("2026-08-10", 4);

        Assert.Equal(0m, TotalOn("2026-08-10", suspension).Days);
        Assert.Equal(2m, TotalOn("2026-09-03", suspension).Days);
    }

    [Fact]
    public void Half_term_and_weekends_are_skipped_without_changing_the_total()
    {
        // Fri 24 Oct 2025, 2 days: 24 Oct, then Mon 3 Nov after half term.
        Assert.Equal(2m, TotalOn("2025-11-03", Suspension("2025-10-24", 4)).Days);
    }

    [Fact]
    public void The_part_before_31_august_needs_no_calendar_for_the_next_year() =>
        Assert.Equal(
            1m,
            SuspensionLimit.TotalFor([Suspension("2026-07-22", 6)], Date("2026-07-01"), TermDates2025To26).Days);

    [Fact]
    public void Counting_into_a_school_year_without_term_dates_is_refused()
    {
        var violation = Assert.Throws<VirtualSchoolRuleViolation>(() =>
            SuspensionLimit.TotalFor([Suspension("2026-07-22", 6)], Date("2026-09-10"), TermDates2025To26));

        Assert.Equal(
            "The suspension starting 22 Jul 2026 (6 sessions) needs the term dates of 2026/27 to count its school days, "
            + "and none are configured.",
            violation.Message);
    }

    [Fact]
    public void A_suspension_from_before_the_previous_school_year_is_left_out_without_its_calendar() =>
        Assert.Equal(1m, TotalOn("2026-02-10", Suspension("2024-03-04", 10), Suspension("2026-02-09", 2)).Days);

    [Fact]
    public void A_suspension_is_at_least_one_session()
    {
        var violation = Assert.Throws<VirtualSchoolRuleViolation>(() => Suspension("2026-02-09", 0));

        Assert.Equal("A suspension lasts at least 1 session (a lunchtime); 0 sessions were given.", violation.Message);
    }

    [Fact]
    public void A_permanent_exclusion_may_have_no_sessions_but_not_fewer()
    {
        Assert.Equal(0, new ExclusionRecord(ExclusionKind.PermanentExclusion, Date("2026-02-09"), 0, null).Sessions);
        Assert.Throws<VirtualSchoolRuleViolation>(() => new ExclusionRecord(ExclusionKind.PermanentExclusion, Date("2026-02-09"), -1, null));
    }

    [Fact]
    public void The_limit_is_45_school_days() => Assert.Equal(45, SuspensionLimit.SchoolDaysPerYear);
}
