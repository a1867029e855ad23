using CorporateParenting.ReadModels;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.ReadModel;

/// <summary>
/// One child of Placements' register, read by a rebuild (first start or an admin's), applied as the events would have
/// been: details, the latest episode's placement and legal status, and the latest period of care, each group only if the
/// snapshot is not older than what the events already applied (docs/virtual-school.md §8
/// (service)). The pupil's row lock serialises it with the consumers of the same child.
/// </summary>
public sealed class ApplyCareHistorySnapshotHandler(VirtualSchoolDbContext db, TimeProvider clock) : ICareHistorySnapshotHandler
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
    }
}
