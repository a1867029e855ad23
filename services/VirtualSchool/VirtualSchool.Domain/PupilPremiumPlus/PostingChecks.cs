namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>What every posting must look like, whatever the ledger holds (docs/virtual-school.md §10.5).</summary>
internal static class PostingChecks
{
    public static void CheckShape(LedgerPosting posting, int expectedNumber)
    {
        ArgumentNullException.ThrowIfNull(posting);
        if (posting.Number != expectedNumber)
        {
            throw new VirtualSchoolRuleViolation($"Posting {posting.Number} is out of sequence: the next is {expectedNumber}.");
        }

        if (string.IsNullOrWhiteSpace(posting.Audit.By) || string.IsNullOrWhiteSpace(posting.Audit.Why))
        {
            throw new VirtualSchoolRuleViolation("Every PP+ movement records who made it and why: give both.");
        }

        if (posting.Lines.Any(l => l.Debit < Money.Zero || l.Credit < Money.Zero || l.Debit.IsPositive == l.Credit.IsPositive))
        {
            throw new VirtualSchoolRuleViolation("Each line of a posting is a debit or a credit above £0, not both.");
        }

        if (!posting.IsBalanced)
        {
            throw new VirtualSchoolRuleViolation($"A posting's debits ({posting.TotalDebits}) must equal its credits ({posting.TotalCredits}).");
        }

        if (!HasTheShapeOfItsKind(posting))
        {
            throw new VirtualSchoolRuleViolation($"A {posting.Kind} posting does not have the shape of one.");
        }
    }

    private static bool HasTheShapeOfItsKind(LedgerPosting posting)
    {
        var debits = posting.Lines.Where(l => l.Debit.IsPositive).Select(l => l.Account).ToList();
        var credits = posting.Lines.Where(l => l.Credit.IsPositive).Select(l => l.Account).ToList();
        bool hasAllocation = posting.Allocation is not null;
        bool hasBudget = posting.PupilBudget is not null;
        bool oneLineEach = debits.Count == 1 && credits.Count == 1;
        Guid? newAllocation = posting.Allocation?.Id;

        return posting.Kind switch
        {
            PostingKind.PupilBudgetSet => posting.Lines.Count == 0 && hasBudget && !hasAllocation,
            _ when hasBudget => false,
            PostingKind.Allocation => oneLineEach && hasAllocation && posting.Allocation!.ReallocatedFrom is null
                && debits[0] == LedgerAccount.AllocatedFor(newAllocation!.Value) && credits[0] == LedgerAccount.Unallocated,
            PostingKind.Reallocation => oneLineEach && hasAllocation && posting.Allocation!.ReallocatedFrom is { } from
                && debits[0] == LedgerAccount.AllocatedFor(newAllocation!.Value) && credits[0] == LedgerAccount.AllocatedFor(from),
            _ when hasAllocation => false,
            PostingKind.GrantReceived => oneLineEach && debits[0] == LedgerAccount.Unallocated && credits[0] == LedgerAccount.Grant,
            PostingKind.RetainedShare => oneLineEach && debits[0] == LedgerAccount.Retained && credits[0] == LedgerAccount.Unallocated,
            PostingKind.RetainedSpend => oneLineEach && debits[0] == LedgerAccount.RetainedSpent && credits[0] == LedgerAccount.Retained,
            PostingKind.Payment => oneLineEach && debits[0].Kind == LedgerAccountKind.Paid
                && credits[0] == LedgerAccount.AllocatedFor(debits[0].AllocationId!.Value),
            PostingKind.ClawBack => oneLineEach && debits[0] == LedgerAccount.Unallocated && credits[0].Kind == LedgerAccountKind.Allocated,
            // Nothing unspent: a return of nothing, with no lines, still closes the year.
            PostingKind.YearEndReturn => (posting.Lines.Count == 0 || debits is [{ Kind: LedgerAccountKind.ReturnedToDfE }])
                && credits.All(c => c.Kind is LedgerAccountKind.Unallocated or LedgerAccountKind.Retained or LedgerAccountKind.Allocated),
            _ => false,
        };
    }
}
