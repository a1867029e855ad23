namespace Health.Domain;

/// <summary>An assessment or check as the measures see it.</summary>
/// <param name="LookedAfterSince">The start of the period of care it belongs to; ties an IHA to its period.</param>
public sealed record AssessmentRecord(
    AssessmentKind Kind,
    AssessmentStatus Status,
    DateOnly LookedAfterSince,
    DateOnly DueOn,
    DateOnly? CompletedOn = null)
{
    public DateOnly? CompletedOn { get; } = (Status == AssessmentStatus.Completed) == CompletedOn.HasValue
        ? CompletedOn
        : throw new ArgumentException("A completion date is given exactly when the assessment is completed.", nameof(CompletedOn));
}
