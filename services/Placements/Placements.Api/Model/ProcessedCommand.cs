namespace Placements.Api.Model;

/// <summary>A case-system command already applied, keyed by its client request id, so a retry returns the first result.</summary>
public sealed class ProcessedCommand
{
    public required string ClientRequestId { get; init; }
    public required string Command { get; init; }
    public Guid ChildId { get; init; }
    public Guid? PeriodOfCareId { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
}
