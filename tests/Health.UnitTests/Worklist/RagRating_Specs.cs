using Health.Domain;
using static Health.UnitTests.Given;

namespace Health.UnitTests.Worklist;

public sealed class RagRating_Specs
{
    private static readonly DateOnly Today = Date("2026-02-02");

    [Theory]
    [InlineData("2026-01-01", RagStatus.Red, -32)]
    [InlineData("2026-02-01", RagStatus.Red, -1)] // due yesterday
    [InlineData("2026-02-02", RagStatus.Amber, 0)] // due today
    [InlineData("2026-02-03", RagStatus.Amber, 1)]
    [InlineData("2026-02-12", RagStatus.Amber, 10)] // the last day of the default window
    [InlineData("2026-02-13", RagStatus.Green, 11)]
    [InlineData("2026-12-25", RagStatus.Green, 326)]
    public void Overdue_is_red_due_within_10_days_is_amber_and_later_is_green(string dueOn, RagStatus status, int daysRemaining) =>
        Assert.Equal(new RagRating(status, daysRemaining), RagRating.For(Date(dueOn), Today));

    [Theory]
    [InlineData("2026-02-05", RagStatus.Amber)]
    [InlineData("2026-02-06", RagStatus.Green)]
    public void The_amber_window_is_configurable(string dueOn, RagStatus status) =>
        Assert.Equal(status, RagRating.For(Date(dueOn), Today, amberWithinDays: 3).Status);

    [Fact]
    public void With_no_amber_window_only_items_due_today_are_amber()
    {
        Assert.Equal(RagStatus.Amber, RagRating.For(Today, Today, amberWithinDays: 0).Status);
        Assert.Equal(RagStatus.Green, RagRating.For(Today.AddDays(1), Today, amberWithinDays: 0).Status);
    }

    [Fact]
    public void Days_are_calendar_days_across_weekends_and_bank_holidays() =>
        Assert.Equal(7, RagRating.For(Date("2026-01-01"), Date("2025-12-25")).DaysRemaining);

    [Fact]
    public void A_negative_amber_window_is_an_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RagRating.For(Today, Today, amberWithinDays: -1));
}
