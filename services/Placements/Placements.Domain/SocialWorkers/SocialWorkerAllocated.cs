namespace Placements.Domain;

/// <summary>
/// A social worker allocated to the child from <see cref="Date"/>, for <see cref="Reason"/> (SW_REASON, why this allocation
/// began); the previous one, if any, stops that day.
/// </summary>
public sealed record SocialWorkerAllocated(string SocialWorkerId, string SocialWorkerName, DateOnly Date, string? PreviousSocialWorkerId, string Reason);

/// <summary>The child's latest allocation: who, from when, and until when if it has ended.</summary>
public sealed record AllocatedSocialWorker(string SocialWorkerId, string SocialWorkerName, DateOnly StartsOn, DateOnly? EndsOn);
