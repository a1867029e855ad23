namespace Placements.Domain;

/// <summary>
/// What one of the return's rules would refuse in a child's rows: the table and field, the DfE rule, what to put right,
/// and for an episode the day it started.
/// </summary>
public sealed record ReturnFinding(string Table, string Field, string Rule, string Message, DateOnly? EpisodeStart = null);
