namespace Notifications.Api.Options;

/// <summary>
/// <c>Notifications:Outbound</c>: the day the platform took over notices to host authorities (its go-live, docs/out-of-area.md
/// §9). A notice due before it belonged to the process before the platform: it is shown, but not chased on the worklist
/// or announced overdue. Blank: every notice is chased.
/// </summary>
public sealed class OutboundOptions
{
    public const string Section = "Notifications:Outbound";

    public DateOnly? NoticesOwedFrom { get; set; }
}
