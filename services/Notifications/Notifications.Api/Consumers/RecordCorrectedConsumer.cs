using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using Notifications.Api.Commands;
using Notifications.Api.Infrastructure;

namespace Notifications.Api.Consumers;

/// <summary>A correction in Placements keeps the child's outbound notifications true to the record (docs/out-of-area.md §9.1).</summary>
public sealed class RecordCorrectedConsumer(NotificationsDbContext db, OutboundPlacements outbound, TimeProvider clock)
    : IdempotentConsumer<RecordCorrected, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(RecordCorrected message, CancellationToken cancellationToken) => outbound.CorrectAsync(message, cancellationToken);
}
