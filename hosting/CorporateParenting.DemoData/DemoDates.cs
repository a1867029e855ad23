using System.Globalization;

namespace CorporateParenting.DemoData;

/// <summary>Dates as the services' APIs take and give them, yyyy-MM-dd.</summary>
internal static class DemoDates
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly FromIso(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
