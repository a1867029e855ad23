using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Consumers;

/// <summary>
/// A child entered our care: a pupil of ours, with the first placement and the new period of care, and the Initial PEP
/// due 20 working days later (docs/virtual-school.md §9.9), in the same transaction. An entry that arrives after the
/// child already left that period of care, or after a newer period, makes no PEP.
/// </summary>
public sealed class ChildEnteredCareConsumer(VirtualSchoolDbContext db, TimeProvider clock, PepRegister peps)
    : IdempotentConsumer<ChildEnteredCare, VirtualSchoolDbContext>(db, clock)
{
    protected override async Task HandleAsync(ChildEnteredCare message, CancellationToken cancellationToken)
    {
        var pupil = await PupilRegister.OursAsync(Db, message.ChildId, message.GivenName, message.FamilyName, message.DateOfBirth,
            Clock.GetUtcNow(), cancellationToken);
        PupilRegister.ApplyDetails(pupil, message.GivenName, message.FamilyName, message.DateOfBirth, message.Upn, message.OccurredAt);
        PupilRegister.ApplyPlacement(pupil, message.PlacementAuthorityCode, message.IsOutOfArea, message.LegalStatus, message.OccurredAt);
        PupilRegister.ApplyCare(pupil, new CareFacts(message.PeriodOfCareId, message.EnteredCareOn, null, null, IsCurrent: true), message.OccurredAt);
        if (pupil.PeriodOfCareId == message.PeriodOfCareId)
        {
            await peps.OnEnteredCareAsync(Db, pupil, message.EnteredCareOn, $"event {nameof(ChildEnteredCare)}", cancellationToken);
        }
    }
}
