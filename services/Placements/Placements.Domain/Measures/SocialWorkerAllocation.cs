namespace Placements.Domain;

/// <summary>
/// A social worker allocated to the child from <see cref="Start"/> up to but not including
/// <see cref="End"/>, the same convention as care episodes, so a hand-over day counts only for the new worker.
/// The return also needs who (SW_ID) and why the allocation began (SW_REASON); the measures need only the dates.
/// </summary>
public sealed record SocialWorkerAllocation(DateOnly Start, DateOnly? End = null, string SocialWorkerId = "", string? Reason = null);
