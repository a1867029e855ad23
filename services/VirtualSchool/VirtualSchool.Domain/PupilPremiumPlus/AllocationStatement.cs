namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>
/// What happened to an allocation: <see cref="Allocated"/> is what it holds after claw-backs and reallocations out,
/// <see cref="Paid"/> what was released, <see cref="ReturnedToDfE"/> its unpaid part at the year end, and
/// <see cref="Outstanding"/> what is still to pay (docs/virtual-school.md §10.7).
/// </summary>
public sealed record AllocationStatement(PupilPremiumPlusAllocation Allocation, Money Allocated, Money Paid, Money ReturnedToDfE)
{
    public Money Outstanding => Allocated - Paid - ReturnedToDfE;
}
