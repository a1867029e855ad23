namespace Placements.Domain;

/// <summary>
/// A social worker allocated to the child from <see cref="Start"/> up to but not including
/// <see cref="End"/>, the same convention as care episodes, so a hand-over day counts only for the new worker.
/// </summary>
public sealed record SocialWorkerAllocation(DateOnly Start, DateOnly? End = null);
