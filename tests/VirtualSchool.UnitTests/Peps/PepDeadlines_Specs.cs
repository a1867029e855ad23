using VirtualSchool.Domain;
using VirtualSchool.Domain.Peps;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Peps;

public sealed class PepDeadlines_Specs
{
    [Fact]
    public void Worked_example_entered_care_mon_15_dec_2025_initial_pep_due_thu_15_jan_2026() =>
        Assert.Equal(Date("2026-01-15"), PepDeadlines.Initial(Date("2025-12-15")));

    [Fact]
    public void Worked_example_changed_school_thu_25_mar_2027_new_pep_meeting_due_mon_12_apr_2027() =>
        Assert.Equal(Date("2027-04-12"), PepDeadlines.ChangeOfSchool(Date("2027-03-25"), new PepDeadlineOptions()));

    [Theory]
    [InlineData("2025-04-14", "2025-05-15")] // Good Friday 18 Apr, Easter Monday 21 Apr, early May 5 May skipped
    [InlineData("2026-12-18", "2027-01-20")] // 25 Dec and the Boxing Day substitute Mon 28 Dec, 1 Jan
    [InlineData("2027-12-17", "2028-01-19")] // both Christmas substitutes 27 and 28 Dec, and Mon 3 Jan 2028
    [InlineData("2028-04-10", "2028-05-11")] // Good Friday 14 Apr, Easter Monday 17 Apr, early May 1 May
    [InlineData("2025-12-20", "2026-01-21")] // entered care on a Saturday: counting starts on Monday
    public void The_initial_pep_skips_bank_holidays(string entered, string due) =>
        Assert.Equal(Date(due), PepDeadlines.Initial(Date(entered)));

    [Theory]
    [InlineData("2028-02-14", "2028-03-13")] // Tue 29 Feb 2028 is a working day like any other
    [InlineData("2028-02-29", "2028-03-28")] // entered care on the leap day itself, which is not counted
    public void The_leap_day_counts_as_a_working_day(string entered, string due) =>
        Assert.Equal(Date(due), PepDeadlines.Initial(Date(entered)));

    [Theory]
    [InlineData("2026-04-24", 10, "2026-05-11")] // early May bank holiday Mon 4 May skipped
    [InlineData("2026-12-23", 10, "2027-01-11")] // 25 and 28 Dec and 1 Jan skipped; 24 and 31 Dec count
    [InlineData("2027-03-25", 20, "2027-04-26")]
    [InlineData("2027-03-25", 1, "2027-03-30")] // Good Friday, the weekend and Easter Monday come first
    public void The_change_of_school_working_days_are_configurable(string changed, int workingDays, string due) =>
        Assert.Equal(Date(due), PepDeadlines.ChangeOfSchool(Date(changed), new PepDeadlineOptions { ChangeOfSchoolWorkingDays = workingDays }));

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public void Change_of_school_working_days_outside_1_to_60_are_refused(int workingDays)
    {
        var refused = Assert.Throws<VirtualSchoolRuleViolation>(() =>
            PepDeadlines.ChangeOfSchool(Date("2027-03-25"), new PepDeadlineOptions { ChangeOfSchoolWorkingDays = workingDays }));

        Assert.Contains($"{workingDays} was configured", refused.Message);
    }

    [Theory]
    [InlineData("2026-12-21", "2026-12-30", true)]   // 22, 23, 24, 29, 30 Dec: Christmas and Boxing Day's Monday skipped
    [InlineData("2026-12-21", "2026-12-31", false)]
    [InlineData("2026-12-21", "2026-12-21", true)]   // due today is due, not yet overdue
    [InlineData("2026-12-21", "2026-12-18", false)]  // past due: overdue instead
    [InlineData("2028-02-25", "2028-03-03", true)]   // Fri 25 Feb 2028: Mon 28, Tue 29 Feb, 1, 2, 3 Mar
    [InlineData("2028-02-25", "2028-03-06", false)]
    [InlineData("2026-12-19", "2026-12-25", true)]   // from a Saturday, counting starts on Monday; a due date on a bank holiday inside the window is due
    public void A_pep_is_due_soon_from_today_to_5_working_days_ahead(string today, string due, bool dueSoon) =>
        Assert.Equal(dueSoon, PepDeadlines.IsDueSoon(Date(due), Date(today), new PepDeadlineOptions()));

    [Fact]
    public void The_due_soon_window_is_configurable() =>
        Assert.Equal(Date("2026-12-22"), PepDeadlines.DueSoonUntil(Date("2026-12-21"), new PepDeadlineOptions { DueSoonWorkingDays = 1 }));

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void Due_soon_working_days_outside_1_to_20_are_refused(int workingDays)
    {
        var refused = Assert.Throws<VirtualSchoolRuleViolation>(() =>
            PepDeadlines.DueSoonUntil(Date("2026-12-21"), new PepDeadlineOptions { DueSoonWorkingDays = workingDays }));

        Assert.Contains($"{workingDays} was configured", refused.Message);
    }
}
