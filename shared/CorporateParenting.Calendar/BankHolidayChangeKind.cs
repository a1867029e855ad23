namespace CorporateParenting.Calendar;

public enum BankHolidayChangeKind
{
    /// <summary>A holiday the rules would give on another date is held on this date instead.</summary>
    Move,

    /// <summary>An extra, one-off bank holiday.</summary>
    Addition,
}
