using System.Globalization;

namespace Health.UnitTests;

internal static class Given
{
    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
