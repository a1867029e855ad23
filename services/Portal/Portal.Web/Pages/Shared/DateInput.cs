using System.Globalization;

namespace Portal.Web.Pages.Shared;

/// <summary>
/// A date typed into the GOV.UK date input (day, month and year boxes): what was typed, kept as typed so a form with a
/// mistake shows it again, and the date it makes, or the GOV.UK message saying what is wrong with it.
/// </summary>
public sealed record DateInput(string? Day, string? Month, string? Year)
{
    public static readonly DateInput Empty = new(null, null, null);

    public static DateInput Of(DateOnly date) =>
        new(date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture));

    /// <summary>What was typed into the date input <paramref name="id"/> of a posted form (<see cref="DateField"/>).</summary>
    public static DateInput From(IFormCollection form, string id) => new(form[$"{id}-day"], form[$"{id}-month"], form[$"{id}-year"]);

    public bool IsBlank => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>The date, or the message for the error summary and the field (<paramref name="what"/> starts it: "The date it happened").</summary>
    public (DateOnly? Date, string? Error) Read(string what)
    {
        if (IsBlank)
        {
            return (null, $"Enter {what.ToLowerInvariant()}");
        }
        var missing = new[] { ("a day", Day), ("a month", Month), ("a year", Year) }.Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1).ToList();
        if (missing.Count > 0)
        {
            return (null, $"{what} must include {string.Join(" and ", missing)}");
        }
        if (!int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || Year!.Trim().Length != 4 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month))
        {
            return (null, $"{what} must be a real date");
        }
        return (new DateOnly(year, month, day), null);
    }

    /// <summary>A service's date (yyyy-MM-dd) as a page shows it, "4 Dec 2026"; blank stays blank.</summary>
    public static string Show(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("d MMM yyyy", CultureInfo.InvariantCulture)
            : iso;

    /// <summary>A moment as a page shows it, in UK time: "4 Dec 2026, 2:05pm".</summary>
    public static string Show(DateTimeOffset moment)
    {
        var uk = TimeZoneInfo.ConvertTime(moment, UkTime);
        return uk.ToString("d MMM yyyy, h:mm", CultureInfo.InvariantCulture) + (uk.Hour < 12 ? "am" : "pm");
    }

    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>As the services take a date: yyyy-MM-dd.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
