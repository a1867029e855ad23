using Placements.Api.Infrastructure;


namespace Placements.Api.Queries;

/// <summary>A child's full care timeline for staff: every period of care, every episode, every social worker.</summary>
public sealed record ChildTimeline(
    Guid ChildId,
    string CaseReference,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    string Sex,
    string? Upn,
    string? NhsNumber,
    string? Ethnicity,
    string? HomePostcode,
    DateOnly? UascSince,
    DateOnly? UascCeasedOn,
    /// <summary>SSDA903 MOTHER: 1, 0, or null when not recorded.</summary>
    string? Mother,
    /// <summary>SSDA903 MC_DOB.</summary>
    DateOnly? FirstChildBornOn,
    IReadOnlyList<ChildTimeline.Period> PeriodsOfCare,
    IReadOnlyList<ChildTimeline.SocialWorker> SocialWorkers,
    IReadOnlyList<ChildTimeline.Correction> Corrections)
{
    public sealed record Correction(
        string Field, string? CorrectedFrom, string? CorrectedTo, string Reason, DateTimeOffset CorrectedAt, Guid? PeriodOfCareId, DateOnly? EpisodeStartsOn);

    public sealed record Period(Guid PeriodOfCareId, DateOnly StartedOn, DateOnly? EndedOn, string? ReasonCeased, IReadOnlyList<EpisodeView> Episodes);

    public sealed record EpisodeView(
        DateOnly StartsOn, DateOnly? EndsOn, string ReasonForNewEpisode, string LegalStatus, string CategoryOfNeed, string PlacementType,
        string? PlacementProvider, string? ProviderUrn, string? PlacementPostcode, string PlacementAuthorityCode, bool IsOutOfArea,
        string? ReasonForChange, string? ReasonCeased, bool IsEmergency);

    public sealed record SocialWorker(string SocialWorkerId, string SocialWorkerName, DateOnly StartsOn, DateOnly? EndsOn);

    public static ChildTimeline Of(ChildRow child) => new(
        child.Id, child.CaseReference, child.GivenName, child.FamilyName, child.DateOfBirth, child.Sex,
        child.Upn, child.NhsNumber, child.Ethnicity, child.HomePostcode, child.UascSince, child.UascCeasedOn,
        child.Motherhood.MotherCode, child.FirstChildBornOn,
        [.. child.PeriodsOfCare.OrderBy(p => p.StartedOn).Select(p => new Period(p.Id, p.StartedOn, p.EndedOn, p.ReasonCeased,
            [.. p.Episodes.OrderBy(e => e.Sequence).Select(e => new EpisodeView(e.StartsOn, e.EndsOn, e.ReasonForNewEpisode, e.LegalStatus,
                e.CategoryOfNeed, e.PlacementType, e.PlacementProvider, e.ProviderUrn, e.PlacementPostcode, e.PlacementAuthorityCode,
                e.IsOutOfArea, e.ReasonForPlacementChange, e.ReasonCeased, e.IsEmergency))]))],
        [.. child.SocialWorkerAllocations.OrderBy(a => a.StartsOn).Select(a => new SocialWorker(a.SocialWorkerId, a.SocialWorkerName, a.StartsOn, a.EndsOn))],
        [.. child.Corrections.OrderBy(c => c.CorrectedAt).Select(c => new Correction(
            c.Field, c.CorrectedFrom, c.CorrectedTo, c.Reason, c.CorrectedAt, c.PeriodOfCareId, c.EpisodeStartsOn))]);
}
