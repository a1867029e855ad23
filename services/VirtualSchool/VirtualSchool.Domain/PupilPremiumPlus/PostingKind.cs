namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>What a ledger posting records (docs/virtual-school.md §10.5).</summary>
public enum PostingKind
{
    /// <summary>Grant received from DfE: Unallocated ← Grant.</summary>
    GrantReceived,

    /// <summary>The top-slice: Retained ← Unallocated.</summary>
    RetainedShare,

    /// <summary>Retained money spent, the reason saying on what: RetainedSpent ← Retained.</summary>
    RetainedSpend,

    /// <summary>The VSH sets a pupil's budget. Moves no money: it has no lines.</summary>
    PupilBudgetSet,

    /// <summary>Money allocated to a school for a pupil, against PEP targets: Allocated ← Unallocated.</summary>
    Allocation,

    /// <summary>Money released to the school: Paid ← Allocated.</summary>
    Payment,

    /// <summary>The unpaid part of an allocation taken back into the pot: Unallocated ← Allocated.</summary>
    ClawBack,

    /// <summary>The unpaid part of an allocation moved to a new allocation at the pupil's new school: Allocated (new) ← Allocated (old).</summary>
    Reallocation,

    /// <summary>Year end: everything unspent returned to DfE: ReturnedToDfE ← Unallocated, Retained and every Allocated.</summary>
    YearEndReturn,
}
