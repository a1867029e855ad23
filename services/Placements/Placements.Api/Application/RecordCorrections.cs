using System.Globalization;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.ServiceDefaults.Errors;
using Placements.Api.Model;
using Placements.Domain;

namespace Placements.Api.Application;

/// <summary>
/// Applies a correction field by field: every changed field is kept in the child's correction history with its old and
/// new value and the reason. A corrected date of birth is checked against the whole care history before it is kept.
/// </summary>
public static class RecordCorrections
{
    public static IReadOnlyList<CorrectionRecord> Apply(Child child, CareHistory history, RecordCorrection correction, string ourAuthorityCode, DateTimeOffset now)
    {
        var corrected = new List<CorrectionRecord>();
        void Keep(string field, string? from, string? to, Guid? periodOfCareId = null)
        {
            if (from != to)
            {
                corrected.Add(new CorrectionRecord
                {
                    Id = Guid.CreateVersion7(), ChildId = child.Id, PeriodOfCareId = periodOfCareId, Field = field,
                    CorrectedFrom = from, CorrectedTo = to, Reason = correction.Reason, CorrectedAt = now,
                });
            }
        }

        var d = correction.Details;
        if (d.GivenName is not null) { Keep("given_name", child.GivenName, d.GivenName); child.GivenName = d.GivenName; }
        if (d.FamilyName is not null) { Keep("family_name", child.FamilyName, d.FamilyName); child.FamilyName = d.FamilyName; }
        if (d.Sex is not null) { Keep("sex", child.Sex, d.Sex); child.Sex = d.Sex; }
        if (d.Upn is not null) { Keep("upn", child.Upn, d.Upn); child.Upn = d.Upn; }
        if (d.NhsNumber is not null) { Keep("nhs_number", child.NhsNumber, d.NhsNumber); child.NhsNumber = d.NhsNumber; }
        if (d.Ethnicity is not null) { Keep("ethnicity", child.Ethnicity, d.Ethnicity); child.Ethnicity = d.Ethnicity; }
        if (d.HomePostcode is not null) { Keep("home_postcode", child.HomePostcode, d.HomePostcode); child.HomePostcode = d.HomePostcode; }
        if (d.DateOfBirth is { } dateOfBirth)
        {
            Keep("date_of_birth", Show(child.DateOfBirth), Show(dateOfBirth));
            child.DateOfBirth = dateOfBirth;
            CareHistoryStore.Rehydrate(child, ourAuthorityCode); // the whole history must still hold with the corrected age
        }

        if (correction.LegalStatus is not null || correction.CategoryOfNeed is not null || correction.Placement.Any)
        {
            var current = history.CurrentEpisode
                ?? throw new CareRuleViolation("Only the open episode of a child who is looked after can be corrected.");
            var (before, after) = history.CorrectCurrentEpisode(
                correction.Placement.Any ? correction.Placement.Over(current.Placement) : null, correction.LegalStatus, correction.CategoryOfNeed);
            var periodId = child.PeriodsOfCare.Single(p => p.StartedOn == history.Periods[^1].Start).Id;
            Keep("episode.legal_status", before.LegalStatus, after.LegalStatus, periodId);
            Keep("episode.category_of_need", before.CategoryOfNeed, after.CategoryOfNeed, periodId);
            Keep("episode.placement_type", before.Placement.Type, after.Placement.Type, periodId);
            Keep("episode.placement_provider", before.Placement.Provider, after.Placement.Provider, periodId);
            Keep("episode.provider_urn", before.Placement.ProviderUrn, after.Placement.ProviderUrn, periodId);
            Keep("episode.placement_postcode", before.Placement.Postcode, after.Placement.Postcode, periodId);
            Keep("episode.placement_authority_code", before.Placement.AuthorityCode, after.Placement.AuthorityCode, periodId);
        }

        if (corrected.Count == 0)
        {
            throw new RuleViolationException("The correction changes nothing: every field given already holds that value.");
        }
        child.Corrections.AddRange(corrected);
        return corrected;
    }

    public static IEnumerable<object> Events(IReadOnlyList<CorrectionRecord> corrections, DateTimeOffset at) =>
        corrections.Select(c => new RecordCorrected(c.ChildId, c.PeriodOfCareId, c.Field, c.CorrectedFrom, c.CorrectedTo, c.Reason, at));

    private static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
