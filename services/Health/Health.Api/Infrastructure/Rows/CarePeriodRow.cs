namespace Health.Api.Infrastructure.Rows;

/// <summary>A period of care as Placements announced it; its end may arrive before its start when events are reordered.</summary>
public sealed class CarePeriodRow
{
    public Guid Id { get; init; }
    public Guid ChildId { get; init; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }

    /// <summary>Legal status V3/V4 at the start: an agreed series of short breaks, for which no IHA is raised (docs/health.md §2).</summary>
    public bool IsShortBreaks { get; set; }
}
