namespace Placements.Domain;

/// <summary>One child as the measures see them: their care history and social worker allocations.</summary>
public sealed record ChildCareRecord(CareHistory History, IReadOnlyList<SocialWorkerAllocation> SocialWorkerAllocations)
{
    public DateOnly DateOfBirth => History.DateOfBirth;
}
