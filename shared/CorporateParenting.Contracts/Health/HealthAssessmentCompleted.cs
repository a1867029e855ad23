namespace CorporateParenting.Contracts.Health;

/// <summary>An assessment or check was completed; <see cref="NextReviewDueOn"/> is set when it scheduled the next review.</summary>
public sealed record HealthAssessmentCompleted(
    Guid AssessmentId,
    Guid ChildId,
    string Kind,
    DateOnly CompletedOn,
    string ClinicianRole,
    bool OnTime,
    DateOnly? NextReviewDueOn,
    DateTimeOffset OccurredAt);
