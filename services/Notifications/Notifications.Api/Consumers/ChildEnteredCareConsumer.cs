using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using Notifications.Api.Commands;
using Notifications.Api.Infrastructure;

namespace Notifications.Api.Consumers;

/// <summary>Entry to care in another authority's area opens an outbound notification (or confirms its intent).</summary>
public sealed class ChildEnteredCareConsumer(NotificationsDbContext db, OutboundPlacements outbound, TimeProvider clock)
    : IdempotentConsumer<ChildEnteredCare, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(ChildEnteredCare message, CancellationToken cancellationToken) =>
        message.IsOutOfArea
            ? outbound.OpenAsync(new OutOfAreaPlacement(message.ChildId, message.PeriodOfCareId, message.GivenName, message.FamilyName, message.DateOfBirth,
                message.EnteredCareOn, message.PlacementType, null, null, message.PlacementAuthorityCode, message.LegalStatus, message.IsEmergency), cancellationToken)
            : Task.CompletedTask;
}
