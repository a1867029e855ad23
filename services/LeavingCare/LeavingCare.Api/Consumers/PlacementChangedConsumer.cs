using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using LeavingCare.Api.Commands;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain.Status;

namespace LeavingCare.Api.Consumers;

/// <summary>A new placement began a new episode, under the legal status it carries.</summary>
public sealed class PlacementChangedConsumer(LeavingCareDbContext db, RecordCareChange record, TimeProvider clock)
    : IdempotentConsumer<PlacementChanged, LeavingCareDbContext>(db, clock)
{
    protected override Task HandleAsync(PlacementChanged message, CancellationToken cancellationToken) =>
        record.ApplyAsync(message.ChildId, message.GivenName, message.FamilyName, message.DateOfBirth,
            changes => CareTimeline.With(changes, CareChange.Began(message.PeriodOfCareId, message.ChangedOn, message.LegalStatus, message.OccurredAt, message.PlacementType)),
            cancellationToken);
}
