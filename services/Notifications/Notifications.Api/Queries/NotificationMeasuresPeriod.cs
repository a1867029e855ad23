namespace Notifications.Api.Queries;

/// <summary>The period the Board's notification figures cover when none is named: the 12 months to the day asked about.</summary>
public static class NotificationMeasuresPeriod
{
    /// <summary>To 31 Oct 2026: from 1 Nov 2025. To 29 Feb 2028: from 1 Mar 2027 (a year back is 28 Feb 2027).</summary>
    public static DateOnly DefaultStart(DateOnly to) => to.AddYears(-1).AddDays(1);
}
