namespace Notifications.Domain.Outbound;

/// <summary>
/// Of the notices owed to host authorities whose deadline fell in a period, how many were sent by it, as things stood on
/// the period's last day (docs/out-of-area.md §14). On time: sent on or before the day due (the day due itself is on
/// time, <see cref="NoticeDeadlines"/>). Late: sent after it, or not sent and overdue. Pending: not sent and due on the
/// last day itself, so it can still be on time and is not counted yet, as PEP timeliness leaves out a PEP due today.
/// </summary>
public sealed record NoticesSentOnTime(DateOnly From, DateOnly To, int OnTime, int Late, int Pending)
{
    /// <summary>Every notice whose deadline fell in the period.</summary>
    public int Due => OnTime + Late + Pending;

    /// <summary>The notices decided: on time or late; what a rate of notices sent on time is out of.</summary>
    public int Decided => OnTime + Late;

    /// <summary>
    /// Counts the notices due from <paramref name="from"/> to <paramref name="to"/> (both included), as they stood on
    /// <paramref name="to"/>: a notice sent after it had not been sent yet.
    /// </summary>
    public static NoticesSentOnTime Measure(IEnumerable<OwedNotice> notices, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(notices);
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The period ends before it starts ({from:yyyy-MM-dd}).");
        }

        int onTime = 0, late = 0, pending = 0;
        foreach (var notice in notices.Where(n => n.DueOn >= from && n.DueOn <= to))
        {
            switch (StandingOn(notice, to))
            {
                case NoticeStanding.OnTime: onTime++; break;
                case NoticeStanding.Late: late++; break;
                default: pending++; break;
            }
        }

        return new NoticesSentOnTime(from, to, onTime, late, pending);
    }

    /// <summary>Where one notice stands on <paramref name="day"/>: a sending recorded after that day has not happened yet.</summary>
    public static NoticeStanding StandingOn(OwedNotice notice, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return notice.SentOn is { } sent && sent <= day
            ? sent <= notice.DueOn ? NoticeStanding.OnTime : NoticeStanding.Late
            : NoticeDeadlines.IsOverdue(notice.DueOn, day) ? NoticeStanding.Late : NoticeStanding.Pending;
    }
}
