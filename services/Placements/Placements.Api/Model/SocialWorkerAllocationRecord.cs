namespace Placements.Api.Model;

/// <summary>A social worker allocated to a child from <see cref="StartsOn"/> until the day the next one starts.</summary>
public sealed class SocialWorkerAllocationRecord
{
    public Guid Id { get; init; }
    public Guid ChildId { get; init; }
    public required string SocialWorkerId { get; init; }
    public required string SocialWorkerName { get; init; }
    public DateOnly StartsOn { get; init; }
    public DateOnly? EndsOn { get; set; }
}
