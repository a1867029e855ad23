using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Consumers;

/// <summary>
/// A pupil of ours has a new legal status. The event carries no names: when it is the first news of the child (events out
/// of order) the pupil is kept with blank names and the date of birth it does carry, so the status is not lost; the entry
/// to care, any other event or a rebuild fills the names (docs/virtual-school.md §8).
/// </summary>
public sealed class LegalStatusChangedConsumer(VirtualSchoolDbContext db, TimeProvider clock)
    : IdempotentConsumer<LegalStatusChanged, VirtualSchoolDbContext>(db, clock)
{
    protected override async Task HandleAsync(LegalStatusChanged message, CancellationToken cancellationToken)
    {
        var pupil = await PupilRegister.OursAsync(Db, message.ChildId, givenName: string.Empty, familyName: string.Empty, message.DateOfBirth,
            Clock.GetUtcNow(), cancellationToken);
        PupilRegister.ApplyPlacement(pupil, placementAuthorityCode: null, isOutOfArea: null, message.LegalStatus, message.OccurredAt);
        PupilRegister.ApplyCare(pupil, PupilRegister.StillInCare(pupil, message.PeriodOfCareId), message.OccurredAt);
    }
}
