using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using LeavingCare.Api.Commands;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain.Status;

namespace LeavingCare.Api.Consumers;

/// <summary>A period of care began: in care from that day under its legal status.</summary>
public sealed class ChildEnteredCareConsumer(LeavingCareDbContext db, RecordCareChange record, TimeProvider clock)
    : IdempotentConsumer<ChildEnteredCare, LeavingCareDbContext>(db, clock)
{
    protected override Task HandleAsync(ChildEnteredCare message, CancellationToken cancellationToken) =>
        record.ApplyAsync(message.ChildId, message.GivenName, message.FamilyName, message.DateOfBirth,
            changes => CareTimeline.With(changes, CareChange.Began(message.PeriodOfCareId, message.EnteredCareOn, message.LegalStatus, message.OccurredAt, message.PlacementType)),
            cancellationToken);
}
