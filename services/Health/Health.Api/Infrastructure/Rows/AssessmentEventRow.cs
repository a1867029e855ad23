namespace Health.Api.Infrastructure.Rows;

/// <summary>One thing recorded against an assessment, in order; replayed through the domain before each new one.</summary>
public sealed class AssessmentEventRow
{
    public long Id { get; init; }
    public Guid AssessmentId { get; init; }

    /// <summary>The caller's id for the command: a retry finds this row and changes nothing.</summary>
    public required string ClientRequestId { get; init; }

    public AssessmentEventKind Kind { get; init; }
    public DateOnly OccurredOn { get; init; }
    public string? Clinician { get; init; }
    public string? ClinicianRole { get; init; }
    public string? Reason { get; init; }
    public DateOnly? PreviouslyAssessedOn { get; init; }
    public required string RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}

public enum AssessmentEventKind
{
    Requested,
    Booked,
    Completed,
    Declined,
    Cancelled,
    NotRequired,
}
