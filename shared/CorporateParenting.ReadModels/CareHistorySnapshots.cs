using System.Globalization;
using CorporateParenting.Placements.V1;

namespace CorporateParenting.ReadModels;

/// <summary>The stream's messages as <see cref="CareHistorySnapshot"/> records: dates parsed, blanks as nulls.</summary>
internal static class CareHistorySnapshots
{
    public static CareHistorySnapshot From(CorporateParenting.Placements.V1.CareHistorySnapshot message)
    {
        var child = message.Child;
        return new CareHistorySnapshot(
            Guid.Parse(child.ChildId),
            child.CaseReference,
            child.GivenName,
            child.FamilyName,
            Date(child.DateOfBirth),
            child.Sex,
            Blank(child.Upn),
            Blank(child.NhsNumber),
            Blank(child.Ethnicity),
            Blank(child.HomePostcode),
            OptionalDate(child.UascSince),
            OptionalDate(child.UascCeasedOn),
            [.. child.PeriodsOfCare.Select(PeriodOf)],
            message.IsLookedAfter,
            message.ChangedAt.ToDateTimeOffset());
    }

    private static CarePeriodSnapshot PeriodOf(PeriodOfCare period) => new(
        Guid.Parse(period.PeriodOfCareId),
        Date(period.StartedOn),
        OptionalDate(period.EndedOn),
        Blank(period.ReasonCeased),
        [.. period.Episodes.Select(EpisodeOf)]);

    private static CareEpisodeSnapshot EpisodeOf(Episode episode) => new(
        Date(episode.StartsOn),
        OptionalDate(episode.EndsOn),
        episode.ReasonForNewEpisode,
        episode.LegalStatus,
        episode.CategoryOfNeed,
        episode.PlacementType,
        Blank(episode.PlacementProvider),
        Blank(episode.ProviderUrn),
        Blank(episode.PlacementPostcode),
        episode.PlacementAuthorityCode,
        episode.IsOutOfArea,
        Blank(episode.ReasonForChange),
        Blank(episode.ReasonCeased),
        episode.IsEmergency);

    private static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? OptionalDate(string value) => value.Length == 0 ? null : Date(value);

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
