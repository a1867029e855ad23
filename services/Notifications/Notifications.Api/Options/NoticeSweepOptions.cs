namespace Notifications.Api.Options;

/// <summary><c>Notifications:NoticeSweep</c>: how often overdue notices to host authorities are looked for (docs/out-of-area.md §9).</summary>
public sealed class NoticeSweepOptions
{
    public const string Section = "Notifications:NoticeSweep";

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
