using System.ComponentModel.DataAnnotations;

namespace VirtualSchool.Api.Options;

/// <summary>Limits of the daily attendance feed (docs/virtual-school.md §6).</summary>
public sealed class AttendanceFeedOptions
{
    public const string Section = "VirtualSchool:Feed";

    /// <summary>The upload endpoint's own body limit; every other endpoint keeps the platform's 1 MiB.</summary>
    [Range(1024L, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>How many rejections the upload's answer lists; the rest are paged from <c>/files/{id}/rejections</c>.</summary>
    [Range(0, 100_000)]
    public int ReportedRejections { get; set; } = 1000;

    /// <summary>The command prints its progress every this many rows (and at least every few seconds).</summary>
    [Range(1000, int.MaxValue)]
    public int ProgressEveryRows { get; set; } = 500_000;
}
