namespace LeavingCare.Api.Options;

/// <summary>How often the status sweep looks for young people not yet evaluated today (docs/leaving-care.md §2.2).</summary>
public sealed class StatusSweepOptions
{
    public const string Section = "LeavingCare:StatusSweep";

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// <c>LeavingCare:StatusAnnouncements</c>: how often changed categories are looked for, and how long a category must have
/// held before it is announced (docs/leaving-care.md §2.2).
/// </summary>
public sealed class StatusAnnouncementOptions
{
    public const string Section = "LeavingCare:StatusAnnouncements";

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan Quiet { get; set; } = TimeSpan.FromSeconds(30);
}
