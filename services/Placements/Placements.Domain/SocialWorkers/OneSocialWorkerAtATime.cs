namespace Placements.Domain;

/// <summary>A child's social workers over time: one at a time, each allocation ending the day the next starts.</summary>
public static class OneSocialWorkerAtATime
{
    /// <summary>SW_REASON "first contact or re-referral": a child's first social worker, or one for a new period of care.</summary>
    public const string FirstContact = "FCONTA";

    /// <summary>
    /// The allocation and its SW_REASON, why it began: the one given, which a change of social worker must give (rule
    /// SW01bSTG1), or <see cref="FirstContact"/> for a first allocation (docs/ssda903.md §7.1).
    /// </summary>
    public static SocialWorkerAllocated Allocate(
        DateOnly dateOfBirth, AllocatedSocialWorker? latest, string socialWorkerId, string socialWorkerName, DateOnly allocatedOn,
        string? reasonForChange = null)
    {
        if (dateOfBirth > allocatedOn)
        {
            throw new CareRuleViolation($"A social worker cannot be allocated on {allocatedOn:yyyy-MM-dd}, before the child was born.");
        }
        if (latest is not null)
        {
            if (allocatedOn <= latest.StartsOn)
            {
                throw new CareRuleViolation(
                    $"{latest.SocialWorkerName} was allocated on {latest.StartsOn:yyyy-MM-dd}; a new allocation must start after that date.");
            }
            if (latest.SocialWorkerId == socialWorkerId && latest.EndsOn is null)
            {
                throw new CareRuleViolation($"{latest.SocialWorkerName} is already the child's social worker.");
            }
        }
        if (reasonForChange is null && latest is { EndsOn: null })
        {
            throw new CareRuleViolation(
                $"reason_for_change is required: {socialWorkerName} takes over from {latest.SocialWorkerName}, and the return gives the reason for every change of social worker (SW_REASON, rule SW01bSTG1).");
        }
        return new SocialWorkerAllocated(socialWorkerId, socialWorkerName, allocatedOn, latest?.SocialWorkerId, reasonForChange ?? FirstContact);
    }
}
