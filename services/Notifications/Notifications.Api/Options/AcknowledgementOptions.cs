namespace Notifications.Api.Options;

/// <summary>
/// <c>Notifications:Acknowledgement</c> (docs/out-of-area.md §12): after how many working days a sent notice the host has
/// not acknowledged goes on the worklist to be chased, how long an emailed acknowledgement link works, and the address
/// the host's staff reach this service at (the links in emails are built on it).
/// </summary>
public sealed class AcknowledgementOptions
{
    public const string Section = "Notifications:Acknowledgement";

    public int ChaseAfterWorkingDays { get; set; } = 2;
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(28);
    public Uri? PublicBaseUrl { get; set; }

    public bool IsValid() => ChaseAfterWorkingDays >= 1 && LinkLifetime > TimeSpan.Zero && PublicBaseUrl is { IsAbsoluteUri: true, Scheme: "http" or "https" };
}
