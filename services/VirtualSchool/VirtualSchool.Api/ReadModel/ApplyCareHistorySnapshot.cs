using CorporateParenting.Calendar;
using CorporateParenting.ReadModels;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.Peps;

namespace VirtualSchool.Api.ReadModel;

/// <summary>
/// One child of Placements' register, read by a rebuild (first start or an admin's), applied as the events would have
/// been: details, the latest episode's placement and legal status, and the latest period of care, each group only if the
/// snapshot is not older than what the events already applied (docs/virtual-school.md §8
/// (service)). The pupil's row lock serialises it with the consumers of the same child. A period of care the register
/// shows ended closes the pupil's open PEPs as <c>ChildLeftCare</c> would (§9.9), so a missed event leaves none open; a
/// rebuild never makes a PEP due (an entry learnt only this way gets its first PEP from the next term's review).
/// </summary>
public sealed class ApplyCareHistorySnapshotHandler(VirtualSchoolDbContext db, TimeProvider clock, PepRegister peps) : ICareHistorySnapshotHandler
{
    public async Task ApplyAsync(CareHistorySnapshot snapshot, RebuildRun run, CancellationToken cancellationToken)
    {
        if (snapshot.LatestPeriod is not { } latest)
        {
            return;
        }
        var at = snapshot.ChangedAt;
        var episode = latest.LatestEpisode;
        var pupil = await PupilRegister.OursAsync(db, snapshot.ChildId, snapshot.GivenName, snapshot.FamilyName, snapshot.DateOfBirth,
            clock.GetUtcNow(), cancellationToken);
        PupilRegister.ApplyDetails(pupil, snapshot.GivenName, snapshot.FamilyName, snapshot.DateOfBirth, snapshot.Upn, at);
        PupilRegister.ApplyPlacement(pupil, episode.PlacementAuthorityCode, episode.IsOutOfArea, episode.LegalStatus, at);
        PupilRegister.ApplyCare(pupil,
            new CareFacts(latest.PeriodOfCareId, latest.StartedOn, latest.EndedOn, latest.ReasonCeased, snapshot.IsLookedAfter), at);
        if (!pupil.IsCurrent && pupil.PeriodOfCareId == latest.PeriodOfCareId && pupil.LeftCareOn is { } leftOn
            && !string.IsNullOrWhiteSpace(pupil.ReasonCeased))
        {
            var today = clock.Today();
            var facts = new PepClosingFacts(pupil.DateOfBirth, today < leftOn ? leftOn : today, leftOn, pupil.ReasonCeased);
            if (PepClosing.Decide(facts) is { } decision)
            {
                await peps.CloseAsync(db, pupil.Id, decision, $"read-model rebuild {run.Id}", cancellationToken);
            }
        }
    }
}
