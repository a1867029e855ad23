namespace CorporateParenting.Calendar;

/// <summary>
/// The override table of docs/calendar.md §2.4. To add a newly proclaimed day, add a row here
/// (the GOV.UK bank-holidays.json feed is the source; never read it at run time).
/// </summary>
public static class EnglandAndWalesBankHolidayChanges
{
    public static IReadOnlyList<BankHolidayChange> All { get; } =
    [
        BankHolidayChange.Move(new(1995, 5, 1), new(1995, 5, 8), "50th anniversary of VE Day"),
        BankHolidayChange.Addition(new(1999, 12, 31), "Millennium (extra day)"),

        // Unconfirmed: vacanza/holidays keeps 27 May 2002 and only adds 3 June.
        BankHolidayChange.Addition(new(2002, 6, 3), "Queen's Golden Jubilee (unconfirmed)"),
        BankHolidayChange.Move(new(2002, 5, 27), new(2002, 6, 4), "Spring bank holiday (unconfirmed)"),

        BankHolidayChange.Addition(new(2011, 4, 29), "Royal Wedding"),
        BankHolidayChange.Move(new(2012, 5, 28), new(2012, 6, 4), "Spring bank holiday"),
        BankHolidayChange.Addition(new(2012, 6, 5), "Queen's Diamond Jubilee"),
        BankHolidayChange.Move(new(2020, 5, 4), new(2020, 5, 8), "VE Day 75th anniversary"),
        BankHolidayChange.Move(new(2022, 5, 30), new(2022, 6, 2), "Spring bank holiday"),
        BankHolidayChange.Addition(new(2022, 6, 3), "Platinum Jubilee"),
        BankHolidayChange.Addition(new(2022, 9, 19), "State Funeral of Queen Elizabeth II"),
        BankHolidayChange.Addition(new(2023, 5, 8), "Coronation of King Charles III"),
    ];
}
