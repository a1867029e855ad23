namespace Placements.Api.Model;

/// <summary>One field of a child's record that was corrected: what it was, what it became, and why.</summary>
public sealed class CorrectionRecord
{
    public Guid Id { get; init; }
    public Guid ChildId { get; init; }
    public Guid? PeriodOfCareId { get; init; }

    /// <summary>For an episode's field: the day that episode starts, as corrected.</summary>
    public DateOnly? EpisodeStartsOn { get; init; }
    public required string Field { get; init; }
    public string? CorrectedFrom { get; init; }
    public string? CorrectedTo { get; init; }
    public required string Reason { get; init; }
    public DateTimeOffset CorrectedAt { get; init; }
}
