namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>
/// An account of the ledger; <see cref="LedgerAccountKind.Allocated"/> and <see cref="LedgerAccountKind.Paid"/> accounts
/// are per allocation, so <see cref="AllocationId"/> is set for them and null otherwise.
/// </summary>
public readonly record struct LedgerAccount(LedgerAccountKind Kind, Guid? AllocationId = null)
{
    public static LedgerAccount Grant => new(LedgerAccountKind.Grant);

    public static LedgerAccount Retained => new(LedgerAccountKind.Retained);

    public static LedgerAccount RetainedSpent => new(LedgerAccountKind.RetainedSpent);

    public static LedgerAccount Unallocated => new(LedgerAccountKind.Unallocated);

    public static LedgerAccount ReturnedToDfE => new(LedgerAccountKind.ReturnedToDfE);

    public static LedgerAccount AllocatedFor(Guid allocationId) => new(LedgerAccountKind.Allocated, allocationId);

    public static LedgerAccount PaidFor(Guid allocationId) => new(LedgerAccountKind.Paid, allocationId);

    public override string ToString() => AllocationId is { } id ? $"{Kind} {id}" : Kind.ToString();
}
