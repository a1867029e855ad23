using System.Globalization;

namespace LeavingCare.Domain.InTouch;

/// <summary>How dates and birthdays read in messages meant for personal advisers: "15 Jan 2026", "21st".</summary>
internal static class Show
{
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Ordinal(int n)
    {
        var suffix = n % 100 is >= 11 and <= 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
