namespace Health.Domain;

/// <summary>When and why an assessment was declined or cancelled.</summary>
public sealed record AssessmentClosure(DateOnly On, string Reason);
