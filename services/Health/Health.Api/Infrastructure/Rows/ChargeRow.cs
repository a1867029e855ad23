namespace Health.Api.Infrastructure.Rows;

/// <summary>A review health assessment our team completed for a child another authority placed here, charged to that authority.</summary>
public sealed class ChargeRow
{
    public Guid Id { get; init; }

    /// <summary>One charge per completed assessment, however often the completion is retried.</summary>
    public Guid AssessmentId { get; init; }

    public Guid ChildId { get; init; }
    public required string PlacingAuthorityCode { get; init; }
    public DateOnly CompletedOn { get; init; }

    /// <summary>In pounds, at the tariff in force when the charge was raised.</summary>
    public decimal Amount { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
