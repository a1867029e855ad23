using CorporateParenting.Contracts.Notifications;
using CorporateParenting.Messaging.Inbox;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Consumers;

/// <summary>
/// A child placed here left the placement: no longer current. A departure for a child never heard of creates nothing
/// (it carries no names); if the arrival comes later, older than this, the pupil stays current until the next notice.
/// </summary>
public sealed class OutOfAreaChildDepartedConsumer(VirtualSchoolDbContext db, TimeProvider clock)
    : IdempotentConsumer<OutOfAreaChildDeparted, VirtualSchoolDbContext>(db, clock)
{
    protected override async Task HandleAsync(OutOfAreaChildDeparted message, CancellationToken cancellationToken)
    {
        if (await PupilRegister.FindPlacedHereAsync(Db, message.PlacingAuthorityCode, message.PlacingAuthorityReference, Clock.GetUtcNow(), cancellationToken)
            is not { } pupil)
        {
            return;
        }
        PupilRegister.ApplyCare(pupil, new CareFacts(null, pupil.InCareSince, message.EndedOn, null, IsCurrent: false), message.OccurredAt);
    }
}
