namespace Notifications.Domain.Webhooks;

/// <summary>
/// How long to wait before trying a delivery again (docs/out-of-area.md §11): the first wait after the first failed
/// attempt, doubling after each one, never longer than the longest wait.
/// </summary>
public static class RetrySchedule
{
    public static TimeSpan WaitAfter(int failedAttempts, TimeSpan first, TimeSpan longest)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        var doublings = Math.Min(failedAttempts - 1, 30);
        var wait = first.Ticks * Math.Pow(2, doublings);
        return wait >= longest.Ticks ? longest : TimeSpan.FromTicks((long)wait);
    }
}
