using LeavingCare.Domain;
using LeavingCare.Domain.InTouch;
using static LeavingCare.UnitTests.Given;

namespace LeavingCare.UnitTests.InTouch;

/// <summary>docs/leaving-care.md §7.3: contacts count from 3 months before to 1 month after the birthday, configurable.</summary>
public sealed class ContactWindow_Specs
{
    private static readonly ContactWindowOptions Default = new();

    [Theory]
    [InlineData("2025-03-14", false)]
    [InlineData("2025-03-15", true)]  // the first day: 3 months before
    [InlineData("2025-06-15", true)]  // the birthday
    [InlineData("2025-07-15", true)]  // the last day: 1 month after
    [InlineData("2025-07-16", false)]
    public void By_default_the_window_runs_from_3_months_before_to_1_month_after_both_days_included(string day, bool expected) =>
        Assert.Equal(expected, ContactWindow.Around(Date("2025-06-15"), Default).Contains(Date(day)));

    [Theory]
    [InlineData("2025-05-31", "2025-02-28", "2025-06-30")]
    [InlineData("2028-05-31", "2028-02-29", "2028-06-30")]
    [InlineData("2028-02-29", "2027-11-29", "2028-03-29")] // a leap-day child's birthday in a leap year
    [InlineData("2026-02-28", "2025-11-28", "2026-03-28")] // and in a common year, where it falls on 28 February
    [InlineData("2025-12-31", "2025-09-30", "2026-01-31")]
    public void Months_are_calendar_months_and_a_missing_day_becomes_the_months_last(string birthday, string first, string last)
    {
        var window = ContactWindow.Around(Date(birthday), Default);

        Assert.Equal((Date(first), Date(last)), (window.First, window.Last));
    }

    [Fact]
    public void No_months_either_side_leaves_the_birthday_alone()
    {
        var window = ContactWindow.Around(Date("2025-06-15"), new ContactWindowOptions { MonthsBefore = 0, MonthsAfter = 0 });

        Assert.Equal((true, false, false), (window.Contains(Date("2025-06-15")), window.Contains(Date("2025-06-14")), window.Contains(Date("2025-06-16"))));
    }

    [Fact]
    public void Six_months_either_side_is_the_widest_allowed()
    {
        var window = ContactWindow.Around(Date("2025-06-15"), new ContactWindowOptions { MonthsBefore = 6, MonthsAfter = 6 });

        Assert.Equal((Date("2024-12-15"), Date("2025-12-15")), (window.First, window.Last));
    }

    [Theory]
    [InlineData(-1, 1, "The contact window counts 0 to 6 months before the birthday; -1 is not allowed (LeavingCare:InTouch:ContactWindow:MonthsBefore).")]
    [InlineData(7, 1, "The contact window counts 0 to 6 months before the birthday; 7 is not allowed (LeavingCare:InTouch:ContactWindow:MonthsBefore).")]
    [InlineData(3, -1, "The contact window counts 0 to 6 months after the birthday; -1 is not allowed (LeavingCare:InTouch:ContactWindow:MonthsAfter).")]
    [InlineData(3, 12, "The contact window counts 0 to 6 months after the birthday; 12 is not allowed (LeavingCare:InTouch:ContactWindow:MonthsAfter).")]
    public void Negative_or_longer_than_6_months_is_refused_naming_the_setting(int before, int after, string message) =>
        Assert.Equal(message, Assert.Throws<LeavingCareRuleViolation>(
            () => ContactWindow.Around(Date("2025-06-15"), new ContactWindowOptions { MonthsBefore = before, MonthsAfter = after })).Message);
}
