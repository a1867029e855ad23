namespace CorporateParenting.Calendar;

public static class ClockExtensions
{
    /// <summary>
    /// Today's date by the service clock, taken in UTC as every deadline has been so far. Between midnight and 1 am
    /// in British Summer Time this is still yesterday's date in England (docs/conventions.md, "Still to verify").
    /// </summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
