namespace Placements.Domain;

/// <summary>A child's social workers over time: one at a time, each allocation ending the day the next starts.</summary>
public static class OneSocialWorkerAtATime
{
    public static SocialWorkerAllocated Allocate(
        DateOnly dateOfBirth, AllocatedSocialWorker? latest, string socialWorkerId, string socialWorkerName, DateOnly allocatedOn)
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
        return new SocialWorkerAllocated(socialWorkerId, socialWorkerName, allocatedOn, latest?.SocialWorkerId);
    }
}
