namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>One side of a posting: a debit or a credit to one account, never both (docs/virtual-school.md §10.5).</summary>
public readonly record struct PostingLine(LedgerAccount Account, Money Debit, Money Credit)
{
    public static PostingLine DebitTo(LedgerAccount account, Money amount) => new(account, amount, Money.Zero);

    public static PostingLine CreditTo(LedgerAccount account, Money amount) => new(account, Money.Zero, amount);

    /// <summary>What the line adds to the account's balance: debits increase it, credits decrease it.</summary>
    public Money Change => Debit - Credit;
}
