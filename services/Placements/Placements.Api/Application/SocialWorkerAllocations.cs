using CorporateParenting.Contracts.Placements;
using CorporateParenting.ServiceDefaults.Errors;
using Placements.Api.Model;

namespace Placements.Api.Application;

/// <summary>A child's social workers over time: one at a time, each allocation ending the day the next starts.</summary>
public static class SocialWorkerAllocations
{
    public static SocialWorkerChanged Allocate(Child child, SocialWorkerAllocationCommand command)
    {
        if (child.DateOfBirth > command.AllocatedOn)
        {
            throw new RuleViolationException($"A social worker cannot be allocated on {command.AllocatedOn:yyyy-MM-dd}, before the child was born.");
        }
        var current = child.SocialWorkerAllocations.MaxBy(a => a.StartsOn);
        if (current is not null)
        {
            if (command.AllocatedOn <= current.StartsOn)
            {
                throw new RuleViolationException(
                    $"{current.SocialWorkerName} was allocated on {current.StartsOn:yyyy-MM-dd}; a new allocation must start after that date.");
            }
            if (current.SocialWorkerId == command.SocialWorkerId && current.EndsOn is null)
            {
                throw new RuleViolationException($"{current.SocialWorkerName} is already the child's social worker.");
            }
            current.EndsOn ??= command.AllocatedOn;
        }
        child.SocialWorkerAllocations.Add(new SocialWorkerAllocationRecord
        {
            Id = Guid.CreateVersion7(),
            ChildId = child.Id,
            SocialWorkerId = command.SocialWorkerId,
            SocialWorkerName = command.SocialWorkerName,
            StartsOn = command.AllocatedOn,
        });
        return new SocialWorkerChanged(child.Id, command.SocialWorkerId, command.SocialWorkerName, command.AllocatedOn, current?.SocialWorkerId, default);
    }
}
