namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>
/// A financial year's Pupil Premium Plus, double-entry (docs/virtual-school.md §10.5). Each method checks the rules,
/// records one balanced <see cref="LedgerPosting"/> and returns it, or refuses with a
/// <see cref="VirtualSchoolRuleViolation"/> and records nothing. The rules: the pot (<see cref="LedgerAccountKind.Unallocated"/>)
/// and the unspent retained share never go below zero; a pupil is never allocated more than their budget (the per-child
/// default unless the VSH sets another); a payment never exceeds what is left of its allocation; nothing moves after the
/// year-end return. Deterministic: <see cref="Replay"/> of the postings gives the same ledger.
/// </summary>
public sealed class PupilPremiumPlusLedger
{
    private readonly List<LedgerPosting> postings = [];
    private readonly Dictionary<LedgerAccount, Money> balances = [];
    private readonly Dictionary<Guid, PupilPremiumPlusAllocation> allocations = [];
    private readonly Dictionary<Guid, List<Guid>> allocationsByPupil = [];
    private readonly Dictionary<Guid, Money> pupilBudgets = [];

    /// <param name="year">The financial year the ledger is for.</param>
    /// <param name="defaultPupilBudget">A pupil's budget until the VSH sets another: by default the rate less the retained share per child (<see cref="PupilPremiumPlusGrant.PerChildBudget"/>).</param>
    public PupilPremiumPlusLedger(FinancialYear year, Money defaultPupilBudget)
    {
        if (defaultPupilBudget < Money.Zero)
        {
            throw new VirtualSchoolRuleViolation($"The default budget per pupil ({defaultPupilBudget}) cannot be below £0.");
        }

        Year = year;
        DefaultPupilBudget = defaultPupilBudget;
    }

    public FinancialYear Year { get; }

    public Money DefaultPupilBudget { get; }

    public IReadOnlyList<LedgerPosting> Postings => postings;

    public IReadOnlyDictionary<LedgerAccount, Money> Balances => balances;

    public IReadOnlyCollection<PupilPremiumPlusAllocation> Allocations => allocations.Values;

    public bool IsClosed { get; private set; }

    public Money Unallocated => BalanceOf(LedgerAccount.Unallocated);

    /// <summary>Rebuilds a ledger from its postings in order, checking each as it was checked when made.</summary>
    /// <exception cref="InvalidOperationException">A posting is out of sequence, unbalanced, or breaks a rule: the stored ledger is corrupt.</exception>
    public static PupilPremiumPlusLedger Replay(FinancialYear year, Money defaultPupilBudget, IEnumerable<LedgerPosting> postings)
    {
        ArgumentNullException.ThrowIfNull(postings);
        var ledger = new PupilPremiumPlusLedger(year, defaultPupilBudget);
        foreach (LedgerPosting posting in postings)
        {
            try
            {
                ledger.Record(posting);
            }
            catch (VirtualSchoolRuleViolation violation)
            {
                throw new InvalidOperationException($"Posting {posting.Number} of the {year} PP+ ledger cannot be replayed: {violation.Message}", violation);
            }
        }

        return ledger;
    }

    public Money BalanceOf(LedgerAccount account) => balances.GetValueOrDefault(account);

    /// <exception cref="VirtualSchoolRuleViolation">No allocation has that id in this year.</exception>
    public PupilPremiumPlusAllocation AllocationOf(Guid allocationId) =>
        allocations.TryGetValue(allocationId, out PupilPremiumPlusAllocation? allocation)
            ? allocation
            : throw new VirtualSchoolRuleViolation($"There is no PP+ allocation {allocationId} in {Year}.");

    /// <summary>What is left of an allocation to pay: its Allocated balance.</summary>
    public Money OutstandingOn(Guid allocationId) => BalanceOf(LedgerAccount.AllocatedFor(AllocationOf(allocationId).Id));

    public Money PaidOn(Guid allocationId) => BalanceOf(LedgerAccount.PaidFor(AllocationOf(allocationId).Id));

    public Money BudgetOf(Guid pupilId) => pupilBudgets.TryGetValue(pupilId, out Money budget) ? budget : DefaultPupilBudget;

    /// <summary>What the pupil's allocations hold now, paid or not: allocated less what was clawed back.</summary>
    public Money AllocatedTo(Guid pupilId) =>
        allocationsByPupil.TryGetValue(pupilId, out List<Guid>? ids)
            ? ids.Aggregate(Money.Zero, (sum, id) => sum + BalanceOf(LedgerAccount.AllocatedFor(id)) + BalanceOf(LedgerAccount.PaidFor(id)))
            : Money.Zero;

    /// <summary>What the pupil may still be allocated: the budget less what is allocated to them.</summary>
    public Money RemainingFor(Guid pupilId) => BudgetOf(pupilId) - AllocatedTo(pupilId);

    public LedgerPosting ReceiveGrant(Money amount, LedgerAudit audit)
    {
        CheckOpen();
        CheckPositive(amount, "A grant received");
        return Record(PostingKind.GrantReceived, audit,
            PostingLine.DebitTo(LedgerAccount.Unallocated, amount), PostingLine.CreditTo(LedgerAccount.Grant, amount));
    }

    /// <summary>Moves the top-slice from the pot to the retained account.</summary>
    public LedgerPosting RetainShare(Money amount, LedgerAudit audit)
    {
        CheckOpen();
        CheckPositive(amount, "A retained share");
        return Record(PostingKind.RetainedShare, audit,
            PostingLine.DebitTo(LedgerAccount.Retained, amount), PostingLine.CreditTo(LedgerAccount.Unallocated, amount));
    }

    /// <summary>Spends retained money; <see cref="LedgerAudit.Why"/> says on what.</summary>
    public LedgerPosting SpendRetained(Money amount, LedgerAudit audit)
    {
        CheckOpen();
        CheckPositive(amount, "Retained spending");
        return Record(PostingKind.RetainedSpend, audit,
            PostingLine.DebitTo(LedgerAccount.RetainedSpent, amount), PostingLine.CreditTo(LedgerAccount.Retained, amount));
    }

    /// <summary>Sets the most <paramref name="pupilId"/> may be allocated this year, above or below the default.</summary>
    public LedgerPosting SetPupilBudget(Guid pupilId, Money amount, LedgerAudit audit)
    {
        CheckOpen();
        if (amount < Money.Zero)
        {
            throw new VirtualSchoolRuleViolation($"A pupil's PP+ budget cannot be below £0 (asked: {amount}).");
        }

        return Record(NewPosting(PostingKind.PupilBudgetSet, audit, []) with { PupilBudget = new PupilBudget(pupilId, amount) });
    }

    /// <summary>Allocates <paramref name="amount"/> from the pot to the school <paramref name="urn"/> for the pupil, against their PEP targets.</summary>
    public LedgerPosting Allocate(Guid allocationId, Guid pupilId, string urn, IReadOnlyCollection<Guid> targetIds, Money amount, LedgerAudit audit)
    {
        CheckOpen();
        CheckPositive(amount, "An allocation");
        var allocation = NewAllocation(allocationId, pupilId, urn, targetIds, reallocatedFrom: null);
        return Record(NewPosting(PostingKind.Allocation, audit,
            [PostingLine.DebitTo(LedgerAccount.AllocatedFor(allocationId), amount), PostingLine.CreditTo(LedgerAccount.Unallocated, amount)])
            with { Allocation = allocation });
    }

    /// <summary>Records a payment (a release) to the school against an allocation.</summary>
    public LedgerPosting Pay(Guid allocationId, Money amount, LedgerAudit audit)
    {
        CheckOpen();
        CheckPositive(amount, "A payment");
        AllocationOf(allocationId);
        return Record(PostingKind.Payment, audit,
            PostingLine.DebitTo(LedgerAccount.PaidFor(allocationId), amount), PostingLine.CreditTo(LedgerAccount.AllocatedFor(allocationId), amount));
    }

    /// <summary>Takes the unpaid part of an allocation back into the pot: the pupil left care or the school, or the need is gone.</summary>
    public LedgerPosting ClawBack(Guid allocationId, LedgerAudit audit)
    {
        CheckOpen();
        Money unpaid = UnpaidOrRefuse(allocationId, "claw back");
        return Record(PostingKind.ClawBack, audit,
            PostingLine.DebitTo(LedgerAccount.Unallocated, unpaid), PostingLine.CreditTo(LedgerAccount.AllocatedFor(allocationId), unpaid));
    }

    /// <summary>
    /// Moves the unpaid part of an allocation to a new allocation at the pupil's new school, in one posting. With no
    /// <paramref name="targetIds"/> the new allocation keeps the old one's targets until the new PEP names others.
    /// </summary>
    public LedgerPosting Reallocate(Guid allocationId, Guid newAllocationId, string newUrn, IReadOnlyCollection<Guid> targetIds, LedgerAudit audit)
    {
        CheckOpen();
        ArgumentNullException.ThrowIfNull(targetIds);
        Money unpaid = UnpaidOrRefuse(allocationId, "reallocate");
        PupilPremiumPlusAllocation old = allocations[allocationId];
        if (string.Equals(old.Urn, newUrn, StringComparison.Ordinal))
        {
            throw new VirtualSchoolRuleViolation($"Allocation {allocationId} is already at URN {newUrn}: reallocate to the pupil's new school.");
        }

        var allocation = NewAllocation(newAllocationId, old.PupilId, newUrn, targetIds.Count > 0 ? targetIds : old.TargetIds, allocationId);
        return Record(NewPosting(PostingKind.Reallocation, audit,
            [PostingLine.DebitTo(LedgerAccount.AllocatedFor(newAllocationId), unpaid), PostingLine.CreditTo(LedgerAccount.AllocatedFor(allocationId), unpaid)])
            with { Allocation = allocation });
    }

    /// <summary>
    /// The year-end return: everything unspent (the pot, unspent retained money, the unpaid part of every allocation) goes
    /// back to DfE, and the ledger closes.
    /// </summary>
    public LedgerPosting CloseYear(LedgerAudit audit)
    {
        CheckOpen();
        var credits = balances
            .Where(b => b.Key.Kind is LedgerAccountKind.Unallocated or LedgerAccountKind.Retained or LedgerAccountKind.Allocated && b.Value.IsPositive)
            .OrderBy(b => b.Key.Kind).ThenBy(b => b.Key.AllocationId)
            .Select(b => PostingLine.CreditTo(b.Key, b.Value))
            .ToList();
        Money unspent = credits.Aggregate(Money.Zero, (sum, line) => sum + line.Credit);
        PostingLine[] lines = unspent.IsPositive ? [PostingLine.DebitTo(LedgerAccount.ReturnedToDfE, unspent), .. credits] : [];
        return Record(PostingKind.YearEndReturn, audit, lines);
    }

    private LedgerPosting Record(PostingKind kind, LedgerAudit audit, params PostingLine[] lines) => Record(NewPosting(kind, audit, lines));

    private LedgerPosting NewPosting(PostingKind kind, LedgerAudit audit, IReadOnlyList<PostingLine> lines)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return new LedgerPosting(postings.Count + 1, kind, lines, audit);
    }

    /// <summary>Checks a posting against the ledger as it stands and applies it; nothing changes if it is refused.</summary>
    private LedgerPosting Record(LedgerPosting posting)
    {
        CheckOpen();
        PostingChecks.CheckShape(posting, postings.Count + 1);
        switch (posting.Kind)
        {
            case PostingKind.Allocation or PostingKind.Reallocation:
                CheckNewAllocation(posting.Allocation!);
                break;
            case PostingKind.PupilBudgetSet when posting.PupilBudget!.Amount < AllocatedTo(posting.PupilBudget.PupilId):
                throw new VirtualSchoolRuleViolation(
                    $"The pupil has already been allocated {AllocatedTo(posting.PupilBudget.PupilId)} in {Year}: their budget cannot be set " +
                    $"below that ({posting.PupilBudget.Amount}). Claw back an allocation first.");
        }

        CheckBalancesAfter(posting);

        foreach (PostingLine line in posting.Lines)
        {
            balances[line.Account] = BalanceOf(line.Account) + line.Change;
        }

        if (posting.Allocation is { } allocation)
        {
            allocations.Add(allocation.Id, allocation);
            if (!allocationsByPupil.TryGetValue(allocation.PupilId, out List<Guid>? ids))
            {
                allocationsByPupil[allocation.PupilId] = ids = [];
            }

            ids.Add(allocation.Id);
        }

        if (posting.PupilBudget is { } budget)
        {
            pupilBudgets[budget.PupilId] = budget.Amount;
        }

        IsClosed |= posting.Kind == PostingKind.YearEndReturn;
        postings.Add(posting);
        return posting;
    }

    private void CheckBalancesAfter(LedgerPosting posting)
    {
        foreach (var change in posting.Lines.GroupBy(l => l.Account))
        {
            LedgerAccount account = change.Key;
            Money after = BalanceOf(account) + change.Aggregate(Money.Zero, (sum, line) => sum + line.Change);
            if (account.Kind is LedgerAccountKind.Allocated or LedgerAccountKind.Paid && !allocations.ContainsKey(account.AllocationId!.Value)
                && posting.Allocation?.Id != account.AllocationId)
            {
                throw new VirtualSchoolRuleViolation($"There is no PP+ allocation {account.AllocationId} in {Year}.");
            }

            if (after < Money.Zero && account.Kind is not (LedgerAccountKind.Grant or LedgerAccountKind.ReturnedToDfE))
            {
                throw new VirtualSchoolRuleViolation(Shortfall(account, BalanceOf(account), -change.Aggregate(Money.Zero, (sum, line) => sum + line.Change)));
            }
        }

        if (posting.Kind == PostingKind.Allocation)
        {
            Guid pupilId = posting.Allocation!.PupilId;
            Money remaining = RemainingFor(pupilId);
            if (posting.Amount > remaining)
            {
                throw new VirtualSchoolRuleViolation(
                    $"The pupil has {remaining} of their {BudgetOf(pupilId)} PP+ budget left in {Year}; {posting.Amount} cannot be allocated. " +
                    "Allocate less, or raise the pupil's budget.");
            }
        }
    }

    private string Shortfall(LedgerAccount account, Money balance, Money asked) => account.Kind switch
    {
        LedgerAccountKind.Unallocated =>
            $"The {Year} PP+ pot has {balance} unallocated; {asked} would take it below zero. Claw back unpaid allocations or wait for more grant.",
        LedgerAccountKind.Retained => $"The retained share has {balance} unspent in {Year}; {asked} cannot be spent from it.",
        LedgerAccountKind.Allocated => $"Allocation {account.AllocationId} has {balance} left to pay; {asked} would be more than was allocated.",
        _ => $"{account} has {balance}; {asked} would take it below zero.",
    };

    private void CheckNewAllocation(PupilPremiumPlusAllocation allocation)
    {
        if (allocations.ContainsKey(allocation.Id))
        {
            throw new VirtualSchoolRuleViolation($"There is already a PP+ allocation {allocation.Id} in {Year}.");
        }

        if (string.IsNullOrWhiteSpace(allocation.Urn))
        {
            throw new VirtualSchoolRuleViolation("An allocation needs the URN of the school it is for.");
        }

        if (allocation.ReallocatedFrom is { } from && (!allocations.TryGetValue(from, out var old) || old.PupilId != allocation.PupilId))
        {
            throw new VirtualSchoolRuleViolation($"A reallocation moves allocation {from} to the same pupil's new school.");
        }

        if (allocation.TargetIds.Count == 0)
        {
            throw new VirtualSchoolRuleViolation("PP+ follows the needs the PEP names: link the allocation to at least one PEP target.");
        }
    }

    private PupilPremiumPlusAllocation NewAllocation(Guid id, Guid pupilId, string urn, IReadOnlyCollection<Guid> targetIds, Guid? reallocatedFrom)
    {
        ArgumentNullException.ThrowIfNull(targetIds);
        return new PupilPremiumPlusAllocation(id, pupilId, urn, [.. targetIds.Distinct()], reallocatedFrom);
    }

    private Money UnpaidOrRefuse(Guid allocationId, string what)
    {
        Money unpaid = OutstandingOn(allocationId);
        return unpaid.IsPositive
            ? unpaid
            : throw new VirtualSchoolRuleViolation($"Allocation {allocationId} has been paid in full: there is nothing unpaid to {what}.");
    }

    private void CheckOpen()
    {
        if (IsClosed)
        {
            throw new VirtualSchoolRuleViolation($"The {Year} PP+ ledger is closed: the year-end return to DfE has been recorded.");
        }
    }

    private static void CheckPositive(Money amount, string what)
    {
        if (!amount.IsPositive)
        {
            throw new VirtualSchoolRuleViolation($"{what} must be more than £0 (asked: {amount}).");
        }
    }
}
