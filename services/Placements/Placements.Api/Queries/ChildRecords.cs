using CorporateParenting.Placements.V1;
using Placements.Api.Infrastructure;

namespace Placements.Api.Queries;

/// <summary>A stored child as its full care timeline over gRPC.</summary>
public static class ChildRecords
{
    private const string DateFormat = "yyyy-MM-dd";

    public static ChildRecord Of(ChildRow child)
    {
        var record = new ChildRecord
        {
            ChildId = child.Id.ToString(),
            CaseReference = child.CaseReference,
            GivenName = child.GivenName,
            FamilyName = child.FamilyName,
            DateOfBirth = child.DateOfBirth.ToString(DateFormat),
            Sex = child.Sex,
            Upn = child.Upn ?? string.Empty,
            NhsNumber = child.NhsNumber ?? string.Empty,
            Ethnicity = child.Ethnicity ?? string.Empty,
            HomePostcode = child.HomePostcode ?? string.Empty,
            UascSince = child.UascSince?.ToString(DateFormat) ?? string.Empty,
            UascCeasedOn = child.UascCeasedOn?.ToString(DateFormat) ?? string.Empty,
            Mother = child.Motherhood.MotherCode ?? string.Empty,
            FirstChildBornOn = child.FirstChildBornOn?.ToString(DateFormat) ?? string.Empty,
        };
        record.PeriodsOfCare.AddRange(child.PeriodsOfCare.OrderBy(p => p.StartedOn).Select(PeriodOf));
        return record;
    }

    public static ChildSummary SummaryOf(ChildOnDate child) => new()
    {
        ChildId = child.ChildId.ToString(),
        CaseReference = child.CaseReference,
        GivenName = child.GivenName,
        FamilyName = child.FamilyName,
        DateOfBirth = child.DateOfBirth.ToString(DateFormat),
        Sex = child.Sex,
        LookedAfterSince = child.LookedAfterSince.ToString(DateFormat),
        LegalStatus = child.LegalStatus,
        PlacementType = child.PlacementType,
        PlacementAuthorityCode = child.PlacementAuthorityCode,
        IsOutOfArea = child.IsOutOfArea,
    };

    private static PeriodOfCare PeriodOf(PeriodOfCareRow period)
    {
        var latest = period.Current;
        var message = new PeriodOfCare
        {
            PeriodOfCareId = period.Id.ToString(),
            StartedOn = period.StartedOn.ToString(DateFormat),
            LegalStatus = latest.LegalStatus,
            CategoryOfNeed = latest.CategoryOfNeed,
            PlacementType = latest.PlacementType,
            PlacementAuthorityCode = latest.PlacementAuthorityCode,
            IsOutOfArea = latest.IsOutOfArea,
            EndedOn = period.EndedOn?.ToString(DateFormat) ?? string.Empty,
            ReasonCeased = period.ReasonCeased ?? string.Empty,
        };
        message.Episodes.AddRange(period.Episodes.OrderBy(e => e.Sequence).Select(e => new Episode
        {
            StartsOn = e.StartsOn.ToString(DateFormat),
            EndsOn = e.EndsOn?.ToString(DateFormat) ?? string.Empty,
            ReasonForNewEpisode = e.ReasonForNewEpisode,
            LegalStatus = e.LegalStatus,
            CategoryOfNeed = e.CategoryOfNeed,
            PlacementType = e.PlacementType,
            PlacementProvider = e.PlacementProvider ?? string.Empty,
            ProviderUrn = e.ProviderUrn ?? string.Empty,
            PlacementPostcode = e.PlacementPostcode ?? string.Empty,
            PlacementAuthorityCode = e.PlacementAuthorityCode,
            IsOutOfArea = e.IsOutOfArea,
            ReasonForChange = e.ReasonForPlacementChange ?? string.Empty,
            ReasonCeased = e.ReasonCeased ?? string.Empty,
            IsEmergency = e.IsEmergency,
        }));
        return message;
    }
}
