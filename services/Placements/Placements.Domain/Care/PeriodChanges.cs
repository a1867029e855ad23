namespace Placements.Domain;

/// <summary>What a correction puts right in a closed period of care, named by the day it started. Null leaves a value as recorded.</summary>
public sealed record PeriodChanges(DateOnly PeriodStartedOn, DateOnly? End = null, string? ReasonCeased = null);
