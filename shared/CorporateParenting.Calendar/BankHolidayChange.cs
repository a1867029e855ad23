namespace CorporateParenting.Calendar;

/// <summary>
/// A one-off change to the bank holidays, made by proclamation, which no rule can compute
/// (docs/calendar.md §2.4).
/// </summary>
public sealed record BankHolidayChange
{
    private BankHolidayChange(BankHolidayChangeKind kind, DateOnly date, DateOnly? movedFrom, string note)
    {
        Kind = kind;
        Date = date;
        MovedFrom = movedFrom;
        Note = note;
    }

    public BankHolidayChangeKind Kind { get; }

    public DateOnly Date { get; }

    /// <summary>The date the rules give, which this change replaces; null for an addition.</summary>
    public DateOnly? MovedFrom { get; }

    public string Note { get; }

    public int Year => Date.Year;

    public static BankHolidayChange Move(DateOnly from, DateOnly to, string note)
    {
        if (from.Year != to.Year)
        {
            throw new ArgumentException("A bank holiday can only be moved within its own year.", nameof(to));
        }

        return new BankHolidayChange(BankHolidayChangeKind.Move, to, from, note);
    }

    public static BankHolidayChange Addition(DateOnly date, string note) =>
        new(BankHolidayChangeKind.Addition, date, null, note);
}
