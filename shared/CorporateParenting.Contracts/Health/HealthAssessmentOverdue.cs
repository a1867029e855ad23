namespace CorporateParenting.Contracts.Health;

/// <summary>An open assessment passed its due date without an outcome. Published once per assessment.</summary>
public sealed record HealthAssessmentOverdue(
    Guid AssessmentId,
    Guid ChildId,
    string Kind,
    DateOnly DueOn,
    DateOnly FoundOverdueOn,
    DateTimeOffset OccurredAt);
