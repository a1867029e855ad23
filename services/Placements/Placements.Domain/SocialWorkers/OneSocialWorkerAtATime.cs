namespace Placements.Domain;

/// <summary>A child's social workers over time: one at a time, each allocation ending the day the next starts.</summary>
public static class OneSocialWorkerAtATime
{
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
        if (reasonForChange is not null && latest is not { EndsOn: null })
        {
            throw new CareRuleViolation(
                $"reason_for_change {reasonForChange} says why the previous social worker's allocation ended; the child has no social worker allocated to change from.");
        }
        return new SocialWorkerAllocated(socialWorkerId, socialWorkerName, allocatedOn, latest?.SocialWorkerId, reasonForChange);
    }
}
