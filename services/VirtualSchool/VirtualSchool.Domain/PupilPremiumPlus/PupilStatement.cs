namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>A pupil's PP+ in a year: budget, allocations at any school, and what they may still be allocated (docs/virtual-school.md §10.7).</summary>
public sealed record PupilStatement(
    Guid PupilId,
    Money Budget,
    Money Allocated,
    Money Paid,
    Money Outstanding,
    IReadOnlyList<string> Urns,
    IReadOnlyList<Guid> TargetIds)
{
    public Money Remaining => Budget - Allocated;
}
