using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using LeavingCare.Api.Commands;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain.Status;

namespace LeavingCare.Api.Consumers;

/// <summary>
/// A new legal status began a new episode: a move into or out of short breaks (V3, V4) changes what the 13-week test
/// counts. The event carries no names: a child first known from it is named once another event arrives.
/// </summary>
public sealed class LegalStatusChangedConsumer(LeavingCareDbContext db, RecordCareChange record, TimeProvider clock)
    : IdempotentConsumer<LegalStatusChanged, LeavingCareDbContext>(db, clock)
{
    protected override Task HandleAsync(LegalStatusChanged message, CancellationToken cancellationToken) =>
        record.ApplyAsync(message.ChildId, "", "", message.DateOfBirth,
            changes => CareTimeline.With(changes, CareChange.Began(message.PeriodOfCareId, message.ChangedOn, message.LegalStatus, message.OccurredAt)),
            cancellationToken);
}
