namespace CorporateParenting.Contracts.Health;

/// <summary>
/// A health assessment or check was opened for a child and is due by <see cref="DueOn"/>: an IHA on entering care, the
/// next review after a completed assessment, the health passport from the 17½ birthday, or the health history to be
/// recorded for care that began before Health learnt of it.
/// </summary>
/// <param name="Kind">Initial, Review, Dental, Optical, Hearing, Immunisations, HealthPassport or HistoryToRecord.</param>
public sealed record HealthAssessmentDue(
    Guid AssessmentId,
    Guid ChildId,
    string Kind,
    DateOnly DueOn,
    DateTimeOffset OccurredAt);
