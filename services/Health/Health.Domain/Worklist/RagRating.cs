namespace Health.Domain;

/// <summary>
/// How urgent an open item on a nurse's worklist is. Days are calendar days, not working days: they are
/// what the nurse reads against a calendar, and RHA due dates are calendar dates anyway.
/// </summary>
/// <param name="DaysRemaining">Days from today to the due date: 0 when due today, negative when overdue.</param>
public readonly record struct RagRating(RagStatus Status, int DaysRemaining)
{
    public const int DefaultAmberWithinDays = 10;

    /// <param name="amberWithinDays">Items due within this many days (inclusive) are amber; local configuration.</param>
    public static RagRating For(DateOnly dueOn, DateOnly today, int amberWithinDays = DefaultAmberWithinDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amberWithinDays);
        int daysRemaining = dueOn.DayNumber - today.DayNumber;
        var status = daysRemaining < 0 ? RagStatus.Red
            : daysRemaining <= amberWithinDays ? RagStatus.Amber
            : RagStatus.Green;
        return new RagRating(status, daysRemaining);
    }
}
