using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using Notifications.Api.Commands;
using Notifications.Api.Infrastructure;

namespace Notifications.Api.Consumers;

/// <summary>A move ends the placement before it (reg 14) and, into another area, opens the next (reg 13), even with the same host.</summary>
public sealed class PlacementChangedConsumer(NotificationsDbContext db, OutboundPlacements outbound, TimeProvider clock)
    : IdempotentConsumer<PlacementChanged, NotificationsDbContext>(db, clock)
{
    protected override async Task HandleAsync(PlacementChanged message, CancellationToken cancellationToken)
    {
        await outbound.EndAsync(message.ChildId, message.ChangedOn, cancellationToken);
        if (message.IsOutOfArea)
        {
            await outbound.OpenAsync(new OutOfAreaPlacement(message.ChildId, message.PeriodOfCareId, message.GivenName, message.FamilyName, message.DateOfBirth,
                message.ChangedOn, message.PlacementType, message.PlacementProvider, message.PlacementPostcode, message.PlacementAuthorityCode,
                message.LegalStatus, message.IsEmergency), cancellationToken);
        }
    }
}
