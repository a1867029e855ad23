namespace Health.Domain;

public sealed record AssessmentCompletion(DateOnly On, string CompletedBy, ClinicianRole Role);
