using System.Globalization;

namespace Health.Domain;

/// <summary>How dates read in messages meant for nurses: "15 Jan 2026".</summary>
internal static class Show
{
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
