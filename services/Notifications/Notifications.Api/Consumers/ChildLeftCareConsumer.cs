using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using Notifications.Api.Commands;
using Notifications.Api.Infrastructure;

namespace Notifications.Api.Consumers;

/// <summary>The end of care ends the placement open then.</summary>
public sealed class ChildLeftCareConsumer(NotificationsDbContext db, OutboundPlacements outbound, TimeProvider clock)
    : IdempotentConsumer<ChildLeftCare, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(ChildLeftCare message, CancellationToken cancellationToken) =>
        outbound.EndAsync(message.ChildId, message.LeftCareOn, cancellationToken);
}
