namespace Placements.Domain;

/// <summary>
/// What a correction puts right in one episode, named by the day it started (null: the open episode). Null leaves a
/// value as recorded; <see cref="Placement"/> is the whole corrected placement.
/// </summary>
public sealed record EpisodeChanges(
    DateOnly? EpisodeStartsOn = null,
    DateOnly? Start = null,
    string? LegalStatus = null,
    string? CategoryOfNeed = null,
    Placement? Placement = null,
    string? ReasonForPlacementChange = null);
