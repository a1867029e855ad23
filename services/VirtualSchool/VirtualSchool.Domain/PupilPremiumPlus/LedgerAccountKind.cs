namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>The accounts of a year's Pupil Premium Plus ledger (docs/virtual-school.md §10.5).</summary>
public enum LedgerAccountKind
{
    /// <summary>DfE, the source of the grant: credited with what is received, so its balance is minus the grant.</summary>
    Grant,

    /// <summary>The centrally retained share (top-slice) not yet spent.</summary>
    Retained,

    /// <summary>What the retained share was spent on; each posting's reason says what.</summary>
    RetainedSpent,

    /// <summary>The VSH's pot: received and not retained, allocated or returned. Never below zero.</summary>
    Unallocated,

    /// <summary>Allocated to a school for a pupil (one account per allocation) and not yet paid.</summary>
    Allocated,

    /// <summary>Paid to the school against an allocation (one account per allocation).</summary>
    Paid,

    /// <summary>Unspent at the year end and returned to DfE.</summary>
    ReturnedToDfE,
}
