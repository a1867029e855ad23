using System.Globalization;
using Placements.Api.Infrastructure;
using Placements.Domain;

namespace Placements.Api.Commands;

/// <summary>The fields one correction changed, each kept with its old and new value, the reason and the time.</summary>
public sealed class CorrectionLog(Guid childId, string reason, DateTimeOffset at)
{
    private readonly List<CorrectionRow> _records = [];

    public IReadOnlyList<CorrectionRow> Records => _records;

    public void Keep(string field, string? from, string? to, Guid? periodOfCareId = null, DateOnly? episodeStartsOn = null)
    {
        if (from != to)
        {
            _records.Add(new CorrectionRow
            {
                Id = Guid.CreateVersion7(), ChildId = childId, PeriodOfCareId = periodOfCareId, EpisodeStartsOn = episodeStartsOn, Field = field,
                CorrectedFrom = from, CorrectedTo = to, Reason = reason, CorrectedAt = at,
            });
        }
    }

    /// <summary>
    /// Every stored value of the period that differs after the correction: what was corrected and what followed from it
    /// (an RNE P or T episode's legal status, an RNE L episode's placement). An episode's end is not kept: it is the
    /// next one's start, or the period's end.
    /// </summary>
    public void Keep(PeriodCorrected period, Guid periodOfCareId)
    {
        var (before, after) = (period.Before, period.After);
        Keep("period.started_on", Show(before[0].Start), Show(after[0].Start), periodOfCareId);
        Keep("period.ended_on", Show(before[^1].End), Show(after[^1].End), periodOfCareId);
        Keep("period.reason_ceased", before[^1].ReasonCeased, after[^1].ReasonCeased, periodOfCareId);
        for (var i = 0; i < before.Count; i++)
        {
            Keep(before[i], after[i], periodOfCareId);
        }
    }

    private void Keep(Episode before, Episode after, Guid periodOfCareId)
    {
        void Field(string field, string? from, string? to) => Keep($"episode.{field}", from, to, periodOfCareId, after.Start);

        Field("starts_on", Show(before.Start), Show(after.Start));
        Field("legal_status", before.LegalStatus, after.LegalStatus);
        Field("category_of_need", before.CategoryOfNeed, after.CategoryOfNeed);
        Field("placement_type", before.Placement.Type, after.Placement.Type);
        Field("placement_provider", before.Placement.Provider, after.Placement.Provider);
        Field("provider_urn", before.Placement.ProviderUrn, after.Placement.ProviderUrn);
        Field("placement_postcode", before.Placement.Postcode, after.Placement.Postcode);
        Field("placement_authority_code", before.Placement.AuthorityCode, after.Placement.AuthorityCode);
        Field("reason_for_change", before.ReasonForPlacementChange, after.ReasonForPlacementChange);
    }

    public static string? Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
