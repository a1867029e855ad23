using CorporateParenting.Calendar;

namespace LeavingCare.Domain.InTouch;

/// <summary>
/// The days around a birthday on which a contact counts for the care leaver return (docs/leaving-care.md §7.3), from
/// <see cref="First"/> to <see cref="Last"/> inclusive, in calendar months (CalendarMonths.Add: a day the month lacks
/// becomes its last day, so 3 months before 31 May is 28 or 29 February).
/// </summary>
public sealed record ContactWindow
{
    /// <summary>
    /// Six months either side at the most, so that the windows around two consecutive birthdays never share more than a
    /// day and each contact speaks for one birthday (our design).
    /// </summary>
    public const int LongestMonths = 6;

    private ContactWindow(DateOnly birthday, DateOnly first, DateOnly last)
    {
        Birthday = birthday;
        First = first;
        Last = last;
    }

    public DateOnly Birthday { get; }

    public DateOnly First { get; }

    public DateOnly Last { get; }

    /// <exception cref="LeavingCareRuleViolation">Months before or after the birthday outside 0 to <see cref="LongestMonths"/>.</exception>
    public static ContactWindow Around(DateOnly birthday, ContactWindowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        RequireMonths(options.MonthsBefore, "before");
        RequireMonths(options.MonthsAfter, "after");
        return new ContactWindow(birthday, CalendarMonths.Add(birthday, -options.MonthsBefore), CalendarMonths.Add(birthday, options.MonthsAfter));
    }

    public bool Contains(DateOnly date) => date >= First && date <= Last;

    private static void RequireMonths(int months, string side)
    {
        if (months is < 0 or > LongestMonths)
        {
            throw new LeavingCareRuleViolation(
                $"The contact window counts 0 to {LongestMonths} months {side} the birthday; {months} is not allowed ({ContactWindowOptions.Section}:Months{(side == "before" ? "Before" : "After")}).");
        }
    }
}
