using System.Globalization;
using CorporateParenting.Reporting;
using LeavingCare.Domain.Status;

namespace LeavingCare.UnitTests;

internal static class Given
{
    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An episode "2025-05-01..2025-07-20" (or "2025-05-01.." while it continues), under C2 unless said.</summary>
    public static CareEpisode Episode(string span, string legalStatus = "C2", string? reasonEnded = null)
    {
        var parts = span.Split("..");
        return new CareEpisode(Date(parts[0]), parts[1].Length == 0 ? null : Date(parts[1]), legalStatus, reasonEnded ?? (parts[1].Length == 0 ? null : "E4A"));
    }

    public static CareHistory History(string dateOfBirth, params CareEpisode[] episodes) => new(Date(dateOfBirth), episodes);

    /// <summary>A collection year by its name, "2025-26".</summary>
    public static CollectionYear Year(string name) => CollectionYear.TryParse(name, out var year) ? year : throw new ArgumentException($"not a collection year: {name}");
}
