namespace Health.Domain;

/// <summary>Whether the child's immunisations were up to date when checked on <see cref="CheckedOn"/>.</summary>
public sealed record ImmunisationStatus(DateOnly CheckedOn, bool UpToDate);
