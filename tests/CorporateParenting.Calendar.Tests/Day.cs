using System.Globalization;

namespace CorporateParenting.Calendar.Tests;

/// <summary>
/// Dates written as in docs/calendar.md ("Mon 1 Jan 2024"). Parsing rejects a weekday that does not
/// match the date, so every expected date in these tests has its weekday checked.
/// </summary>
internal static class Day
{
    public static DateOnly Parse(string text) =>
        DateOnly.ParseExact(text, "ddd d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A comma-separated list of "Mon 1 Jan" days in one year.</summary>
    public static DateOnly[] ParseList(int year, string days) =>
        days.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(day => Parse($"{day} {year}"))
            .ToArray();
}
