namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>
/// One movement of the ledger, numbered from 1 in the order it was made, with who, when and why. Its debits equal its
/// credits. An <see cref="PostingKind.Allocation"/> or <see cref="PostingKind.Reallocation"/> posting carries the
/// <see cref="Allocation"/> it creates, a <see cref="PostingKind.PupilBudgetSet"/> posting the <see cref="PupilBudget"/>,
/// so the postings alone replay the ledger (docs/virtual-school.md §10.5).
/// </summary>
public sealed record LedgerPosting(int Number, PostingKind Kind, IReadOnlyList<PostingLine> Lines, LedgerAudit Audit)
{
    public PupilPremiumPlusAllocation? Allocation { get; init; }

    public PupilBudget? PupilBudget { get; init; }

    public Money TotalDebits => Lines.Aggregate(Money.Zero, (sum, line) => sum + line.Debit);

    public Money TotalCredits => Lines.Aggregate(Money.Zero, (sum, line) => sum + line.Credit);

    public bool IsBalanced => TotalDebits == TotalCredits;

    /// <summary>The amount moved: the total of the debits.</summary>
    public Money Amount => TotalDebits;
}
