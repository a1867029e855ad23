using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Consumers;

/// <summary>A pupil of ours left care: no longer current, so no longer expected in school nor counted; the record stays.</summary>
public sealed class ChildLeftCareConsumer(VirtualSchoolDbContext db, TimeProvider clock)
    : IdempotentConsumer<ChildLeftCare, VirtualSchoolDbContext>(db, clock)
{
    protected override async Task HandleAsync(ChildLeftCare message, CancellationToken cancellationToken)
    {
        var pupil = await PupilRegister.OursAsync(Db, message.ChildId, message.GivenName, message.FamilyName, message.DateOfBirth,
            Clock.GetUtcNow(), cancellationToken);
        PupilRegister.ApplyDetails(pupil, message.GivenName, message.FamilyName, message.DateOfBirth, upn: null, message.OccurredAt);
        PupilRegister.ApplyCare(pupil,
            new CareFacts(message.PeriodOfCareId, message.EnteredCareOn, message.LeftCareOn, message.ReasonCeased, IsCurrent: false), message.OccurredAt);
    }
}
