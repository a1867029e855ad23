using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using LeavingCare.Api.Commands;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain.Status;

namespace LeavingCare.Api.Consumers;

/// <summary>A period of care ended (DEC) for its reason (REC): from that day out of care; adoption (E11, E12) ends any status.</summary>
public sealed class ChildLeftCareConsumer(LeavingCareDbContext db, RecordCareChange record, TimeProvider clock)
    : IdempotentConsumer<ChildLeftCare, LeavingCareDbContext>(db, clock)
{
    protected override Task HandleAsync(ChildLeftCare message, CancellationToken cancellationToken) =>
        record.ApplyAsync(message.ChildId, message.GivenName, message.FamilyName, message.DateOfBirth,
            changes => CareTimeline.With(changes, CareChange.Ended(message.PeriodOfCareId, message.LeftCareOn, message.ReasonCeased, message.OccurredAt)),
            cancellationToken);
}
