namespace CorporateParenting.Calendar;

public static class ClockExtensions
{
    /// <summary>
    /// Today's date by the service clock, taken in UTC as every deadline has been so far. Between midnight and 1 am
    /// in British Summer Time this is still yesterday's date in England (docs/conventions.md, "Still to verify").
    /// </summary>
    public static DateOnly Today(this TimeProvider clock) => clock.GetUtcNow().UtcDate();

    /// <summary>The date of an instant read on the service clock, in UTC as <see cref="Today"/>.</summary>
    public static DateOnly UtcDate(this DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);
}
