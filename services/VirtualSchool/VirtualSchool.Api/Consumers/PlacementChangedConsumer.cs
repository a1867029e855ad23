using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Consumers;

/// <summary>A pupil of ours moved: the placement's authority, in or out of our area, and the legal status with it.</summary>
public sealed class PlacementChangedConsumer(VirtualSchoolDbContext db, TimeProvider clock)
    : IdempotentConsumer<PlacementChanged, VirtualSchoolDbContext>(db, clock)
{
    protected override async Task HandleAsync(PlacementChanged message, CancellationToken cancellationToken)
    {
        var pupil = await PupilRegister.OursAsync(Db, message.ChildId, message.GivenName, message.FamilyName, message.DateOfBirth,
            Clock.GetUtcNow(), cancellationToken);
        PupilRegister.ApplyDetails(pupil, message.GivenName, message.FamilyName, message.DateOfBirth, message.Upn, message.OccurredAt);
        PupilRegister.ApplyPlacement(pupil, message.PlacementAuthorityCode, message.IsOutOfArea, message.LegalStatus, message.OccurredAt);
        PupilRegister.ApplyCare(pupil, PupilRegister.StillInCare(pupil, message.PeriodOfCareId), message.OccurredAt);
    }
}
