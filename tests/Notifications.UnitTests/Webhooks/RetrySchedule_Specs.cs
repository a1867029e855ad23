using Notifications.Domain.Webhooks;

namespace Notifications.UnitTests.Webhooks;

/// <summary>docs/out-of-area.md §11: waits between attempts double from the first, up to the longest.</summary>
public sealed class RetrySchedule_Specs
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(1000, 3600)]
    public void Each_wait_doubles_the_last_up_to_an_hour(int failedAttempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetrySchedule.WaitAfter(failedAttempts, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1)));

    [Fact]
    public void There_is_no_wait_before_the_first_attempt() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RetrySchedule.WaitAfter(0, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1)));
}
