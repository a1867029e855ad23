namespace LeavingCare.Api.Options;

/// <summary>How often the status sweep looks for young people not yet evaluated today (docs/leaving-care.md §2.2).</summary>
public sealed class StatusSweepOptions
{
    public const string Section = "LeavingCare:StatusSweep";

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
