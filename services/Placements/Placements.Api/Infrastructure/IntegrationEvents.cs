using CorporateParenting.Contracts.Placements;
using Placements.Domain;

namespace Placements.Api.Infrastructure;

/// <summary>
/// The one place where what happened in the domain becomes what other services are told (CorporateParenting.Contracts):
/// each integration event carries the child and the stored period of care alongside the domain event.
/// </summary>
public static class IntegrationEvents
{
    public static ChildEnteredCare Of(EnteredCare entered, ChildRow child, PeriodOfCareRow period, DateTimeOffset at) => new(
        child.Id, period.Id, child.GivenName, child.FamilyName, child.DateOfBirth, entered.Date,
        entered.FirstEpisode.LegalStatus, entered.FirstEpisode.CategoryOfNeed, entered.FirstEpisode.Placement.Type,
        entered.FirstEpisode.Placement.AuthorityCode, entered.FirstEpisode.IsOutOfArea, at, child.Upn, entered.FirstEpisode.IsEmergency);

    public static PlacementChanged Of(NewPlacement changed, ChildRow child, PeriodOfCareRow period, DateTimeOffset at) => new(
        child.Id, period.Id, child.GivenName, child.FamilyName, child.DateOfBirth, changed.Date,
        changed.Started.ReasonForNewEpisode, changed.Ended.ReasonForPlacementChange, changed.Ended.Placement.Type,
        changed.Started.Placement.Type, changed.Started.Placement.Provider, changed.Started.Placement.Postcode,
        changed.Started.Placement.AuthorityCode, changed.Started.IsOutOfArea, changed.Started.LegalStatus, at, child.Upn, changed.Started.IsEmergency);

    public static LegalStatusChanged Of(NewLegalStatus changed, ChildRow child, PeriodOfCareRow period, DateTimeOffset at) => new(
        child.Id, period.Id, child.DateOfBirth, changed.Date, changed.Ended.LegalStatus, changed.Started.LegalStatus, at);

    public static ChildLeftCare Of(CareEnded ended, ChildRow child, PeriodOfCareRow period, DateTimeOffset at) => new(
        child.Id, period.Id, child.GivenName, child.FamilyName, child.DateOfBirth, period.StartedOn, ended.Date, ended.ReasonCeased, at);

    public static SocialWorkerChanged Of(SocialWorkerAllocated allocated, ChildRow child, DateTimeOffset at) => new(
        child.Id, allocated.SocialWorkerId, allocated.SocialWorkerName, allocated.Date, allocated.PreviousSocialWorkerId, at);

    /// <summary>One <see cref="RecordCorrected"/> per corrected field.</summary>
    public static IEnumerable<RecordCorrected> Of(IReadOnlyList<CorrectionRow> corrections, DateTimeOffset at) =>
        corrections.Select(c => new RecordCorrected(c.ChildId, c.PeriodOfCareId, c.Field, c.CorrectedFrom, c.CorrectedTo, c.Reason, at, c.EpisodeStartsOn));
}
