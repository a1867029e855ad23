namespace Health.Api.Options;

public sealed class HealthSweepOptions
{
    public const string Section = "Health:Sweep";

    /// <summary>How often the sweep runs; daily by default, and once at start-up.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);
}
