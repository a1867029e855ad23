namespace CorporateParenting.Contracts.Health;

/// <summary>
/// A health assessment or check was opened for a child and is due by <see cref="DueOn"/>: an IHA on entering care, the
/// next review after a completed assessment, or the health passport from the 17½ birthday.
/// </summary>
/// <param name="Kind">Initial, Review, Dental, Optical, Hearing, Immunisations or HealthPassport.</param>
public sealed record HealthAssessmentDue(
    Guid AssessmentId,
    Guid ChildId,
    string Kind,
    DateOnly DueOn,
    DateTimeOffset OccurredAt);
