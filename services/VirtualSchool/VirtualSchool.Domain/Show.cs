using System.Globalization;

namespace VirtualSchool.Domain;

/// <summary>How dates and numbers read in messages meant for Virtual School staff: "15 Jan 2026", "2.5".</summary>
internal static class Show
{
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
