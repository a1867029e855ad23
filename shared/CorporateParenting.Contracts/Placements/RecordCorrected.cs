using System.Globalization;

namespace CorporateParenting.Contracts.Placements;

/// <summary>
/// A past record was corrected by an explicit command; history is kept. <see cref="Field"/> names what changed
/// (e.g. <c>date_of_birth</c>, <c>uasc_ceased_on</c>, <c>episode.placement_type</c>, <c>episode.starts_on</c>,
/// <c>period.ended_on</c>) so consumers can recompute what depends on it. For an <c>episode.*</c> field,
/// <see cref="EpisodeStartsOn"/> is the day that episode starts as corrected (for <c>episode.starts_on</c> the
/// old day is <see cref="CorrectedFrom"/>); <c>period.*</c> fields name the period by <see cref="PeriodOfCareId"/>.
/// </summary>
public sealed record RecordCorrected(
    Guid ChildId,
    Guid? PeriodOfCareId,
    string Field,
    string? CorrectedFrom,
    string? CorrectedTo,
    string Reason,
    DateTimeOffset OccurredAt,
    DateOnly? EpisodeStartsOn = null);

/// <summary>A corrected date as Placements writes it (<c>yyyy-MM-dd</c>); none for a value that is not one, or no value.</summary>
public static class CorrectedValue
{
    public static DateOnly? AsDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
