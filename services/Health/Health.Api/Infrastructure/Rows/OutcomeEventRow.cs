using Health.Domain;

namespace Health.Api.Infrastructure.Rows;

/// <summary>A dated fact behind the OC2 table (substance misuse, interventions, convictions and cautions, no SDQ), docs/health.md §5.1.</summary>
public sealed class OutcomeEventRow
{
    public Guid Id { get; init; }
    public Guid ChildId { get; init; }
    public OutcomeEventKind Kind { get; set; }
    public DateOnly OccurredOn { get; set; }
    public SdqReason? SdqReason { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    public OutcomeEvent ToDomain() => new(Kind, OccurredOn, SdqReason);
}
