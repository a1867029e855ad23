using CorporateParenting.Contracts.Placements;
using Microsoft.EntityFrameworkCore;
using Placements.Api.Model;
using Placements.Domain;
using Contract = CorporateParenting.Contracts.Placements;

namespace Placements.Api.Application;

/// <summary>The case-system commands, each as what it locks, loads, changes in the care history and announces.</summary>
public static class CareCommands
{
    public static CareCommand<EnteredCare> EnterCare(EntryToCare entry) => new(
        "RecordEntryToCare", entry.ClientRequestId, $"case:{entry.CaseReference}", entry.EnteredCareOn,
        async (runner, cancellationToken) =>
        {
            var child = await runner.Db.Children.Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
                .SingleOrDefaultAsync(c => c.CaseReference == entry.CaseReference, cancellationToken);
            if (child is not null)
            {
                // A returning child: also serialise with commands addressed to it by ChildId.
                await runner.Db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({ChildLock(child.Id)}))", cancellationToken);
                // Identifiers learnt since the last period fill the gaps; a stored value changes only by correction.
                child.Upn ??= entry.Identifiers.Upn;
                child.NhsNumber ??= entry.Identifiers.NhsNumber;
                child.Ethnicity ??= entry.Identifiers.Ethnicity;
                child.HomePostcode ??= entry.Identifiers.HomePostcode;
                child.UascSince ??= entry.Identifiers.UascSince;
                return child;
            }
            child = new Child
            {
                Id = Guid.CreateVersion7(),
                CaseReference = entry.CaseReference,
                GivenName = entry.GivenName,
                FamilyName = entry.FamilyName,
                DateOfBirth = entry.DateOfBirth,
                Sex = entry.Sex,
                Upn = entry.Identifiers.Upn,
                NhsNumber = entry.Identifiers.NhsNumber,
                Ethnicity = entry.Identifiers.Ethnicity,
                HomePostcode = entry.Identifiers.HomePostcode,
                UascSince = entry.Identifiers.UascSince,
            };
            runner.Db.Children.Add(child);
            return child;
        },
        (_, history) => history.EnterCare(entry.EnteredCareOn, entry.LegalStatus, entry.CategoryOfNeed, entry.Placement),
        (child, period, entered, at) => [new ChildEnteredCare(
            child.Id, period.Id, child.GivenName, child.FamilyName, child.DateOfBirth, entered.Date,
            entered.FirstEpisode.LegalStatus, entered.FirstEpisode.CategoryOfNeed, entered.FirstEpisode.Placement.Type,
            entered.FirstEpisode.Placement.AuthorityCode, entered.FirstEpisode.IsOutOfArea, at)]);

    public static CareCommand<Domain.PlacementChanged> ChangePlacement(PlacementChange change) => new(
        "RecordPlacementChange", change.ClientRequestId, ChildLock(change.ChildId), change.ChangedOn,
        (runner, cancellationToken) => runner.LoadChildAsync(change.ChildId, cancellationToken),
        (_, history) => history.ChangePlacement(change.ChangedOn, change.Placement, change.ReasonForChange, change.SameCarers ? Carers.Same : Carers.New),
        (child, period, changed, at) => [new Contract.PlacementChanged(
            child.Id, period.Id, child.GivenName, child.FamilyName, child.DateOfBirth, changed.Date,
            changed.Started.ReasonForNewEpisode, changed.Ended.ReasonForPlacementChange, changed.Ended.Placement.Type,
            changed.Started.Placement.Type, changed.Started.Placement.Provider, changed.Started.Placement.Postcode,
            changed.Started.Placement.AuthorityCode, changed.Started.IsOutOfArea, changed.Started.LegalStatus, at)]);

    public static CareCommand<Domain.LegalStatusChanged> ChangeLegalStatus(LegalStatusChange change) => new(
        "RecordLegalStatusChange", change.ClientRequestId, ChildLock(change.ChildId), change.ChangedOn,
        (runner, cancellationToken) => runner.LoadChildAsync(change.ChildId, cancellationToken),
        (_, history) => history.ChangeLegalStatus(change.ChangedOn, change.LegalStatus),
        (child, period, changed, at) => [new Contract.LegalStatusChanged(
            child.Id, period.Id, child.DateOfBirth, changed.Date, changed.Ended.LegalStatus, changed.Started.LegalStatus, at)]);

    public static CareCommand<CareEnded> EndCare(CareEnding ending) => new(
        "RecordCareEnded", ending.ClientRequestId, ChildLock(ending.ChildId), ending.EndedOn,
        (runner, cancellationToken) => runner.LoadChildAsync(ending.ChildId, cancellationToken),
        (_, history) => history.EndCare(ending.EndedOn, ending.ReasonCeased),
        (child, period, ended, at) => [new ChildLeftCare(
            child.Id, period.Id, child.GivenName, child.FamilyName, child.DateOfBirth, period.StartedOn, ended.Date, ended.ReasonCeased, at)]);

    public static CareCommand<SocialWorkerChanged> AllocateSocialWorker(SocialWorkerAllocationCommand allocation) => new(
        "AllocateSocialWorker", allocation.ClientRequestId, ChildLock(allocation.ChildId), allocation.AllocatedOn,
        (runner, cancellationToken) => runner.LoadChildAsync(allocation.ChildId, cancellationToken),
        (child, _) => SocialWorkerAllocations.Allocate(child, allocation),
        (_, _, changed, at) => [changed with { OccurredAt = at }]);

    public static CareCommand<IReadOnlyList<CorrectionRecord>> CorrectRecord(RecordCorrection correction, TimeProvider clock) => new(
        "CorrectRecord", correction.ClientRequestId, ChildLock(correction.ChildId), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        (runner, cancellationToken) => runner.LoadChildAsync(correction.ChildId, cancellationToken),
        (child, history) => RecordCorrections.Apply(child, history, correction, clock.GetUtcNow()),
        (_, _, corrections, at) => RecordCorrections.Events(corrections, at),
        corrections => corrections.Select(c => c.PeriodOfCareId).FirstOrDefault(id => id is not null));

    private static string ChildLock(Guid childId) => $"child:{childId}";
}
