namespace Health.Domain;

public sealed record Appointment(DateOnly On, string Clinician);
