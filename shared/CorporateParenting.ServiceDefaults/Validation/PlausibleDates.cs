namespace CorporateParenting.ServiceDefaults.Validation;

/// <summary>
/// The one notion of a plausible date for every service: no record the platform keeps concerns a day more than 100
/// years ago (no living child or care leaver was born earlier), and nothing is planned more than a year ahead. Dates
/// outside are mistakes (0001-01-01, 9999-12-31) that PostgreSQL would store as -infinity or infinity.
/// </summary>
public static class PlausibleDates
{
    public const int YearsBack = 100;

    public static (DateOnly Earliest, DateOnly Latest) Window(DateKind kind, DateOnly today) => kind switch
    {
        DateKind.Birth => (today.AddYears(-YearsBack), today),
        DateKind.Event => (today.AddYears(-YearsBack), today.AddYears(1)),
        DateKind.Appointment => (today.AddYears(-1), today.AddYears(1)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Why <paramref name="date"/> is not plausible as <paramref name="kind"/>, or null when it is.</summary>
    public static string? Problem(DateOnly date, DateKind kind, DateOnly today)
    {
        var (earliest, latest) = Window(kind, today);
        if (date >= earliest && date <= latest)
        {
            return null;
        }
        return kind switch
        {
            DateKind.Birth => $"must be a date of birth from {earliest:yyyy-MM-dd} to today ({today:yyyy-MM-dd}).",
            DateKind.Appointment => $"must be an appointment date from {earliest:yyyy-MM-dd} to {latest:yyyy-MM-dd} (a year either side of today).",
            _ => $"must be a date from {earliest:yyyy-MM-dd} to {latest:yyyy-MM-dd} ({YearsBack} years back to a year ahead).",
        };
    }
}
