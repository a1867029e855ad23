namespace VirtualSchool.Domain.Enrolments;

/// <summary>The pupil's school became <see cref="Urn"/> on <see cref="ChangedOn"/>; <see cref="PreviousUrn"/> is null for a first school.</summary>
public sealed record SchoolChange(string? PreviousUrn, string Urn, DateOnly ChangedOn);
