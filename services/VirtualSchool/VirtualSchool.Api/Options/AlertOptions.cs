using System.ComponentModel.DataAnnotations;

namespace VirtualSchool.Api.Options;

/// <summary>When the same-day alerts are raised (docs/virtual-school.md §7).</summary>
public sealed class AlertOptions
{
    public const string Section = "VirtualSchool:Alerts";

    /// <summary>A pupil with no AM mark by this local time on a school day is on the worklist.</summary>
    public TimeOnly MorningMarksBy { get; set; } = new(10, 30);

    /// <summary>A pupil with no PM mark by this local time on a school day is on the worklist.</summary>
    public TimeOnly AfternoonMarksBy { get; set; } = new(14, 30);

    /// <summary>The IANA time zone of those times.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>How often the missing-marks sweep looks.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Marks older than this many days before the day they arrive raise no unauthorised-absence alert: a backfill of
    /// past weeks is history, not news. They still count in every measure and band.
    /// </summary>
    [Range(0, 366)]
    public int UnauthorisedMarksWithinDays { get; set; } = 7;

    /// <summary>
    /// Possible sessions a pupil must have in the period before a band is alerted: one absent morning on the first day of
    /// a term is 50% of it.
    /// </summary>
    [Range(0, 380)]
    public int BandAlertsFromPossibleSessions { get; set; } = 10;

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
