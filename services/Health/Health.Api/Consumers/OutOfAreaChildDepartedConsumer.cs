using CorporateParenting.Contracts.Notifications;
using CorporateParenting.Messaging.Inbox;
using Health.Api.Commands;
using Health.Api.Infrastructure;

namespace Health.Api.Consumers;

/// <summary>The child placed here left: what is still open for the placing authority is cancelled; charges already raised stay.</summary>
public sealed class OutOfAreaChildDepartedConsumer(HealthDbContext db, AssessmentCancellation cancellation, TimeProvider clock)
    : IdempotentConsumer<OutOfAreaChildDeparted, HealthDbContext>(db, clock)
{
    public const string CancelledBecause = "The placement in our area ended.";

    protected override Task HandleAsync(OutOfAreaChildDeparted message, CancellationToken cancellationToken)
    {
        var childId = OutOfAreaChildArrivedConsumer.ChildIdOf(message.PlacingAuthorityCode, message.PlacingAuthorityReference);
        return cancellation.CancelOpenAsync(a => a.ChildId == childId, message.EndedOn, CancelledBecause,
            $"departed:{message.NotificationId}", "OutOfAreaChildDeparted consumed", cancellationToken);
    }
}
