using CorporateParenting.Contracts.Notifications;
using CorporateParenting.Messaging.Inbox;
using Microsoft.Extensions.Options;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Options;

namespace VirtualSchool.Api.Consumers;

/// <summary>
/// Another authority placed a child in our area: a pupil "placed here", known by that authority's code and reference,
/// never one of ours. A second notice for the same child (a new placement) updates the same pupil.
/// </summary>
public sealed class OutOfAreaChildArrivedConsumer(VirtualSchoolDbContext db, IOptions<AuthorityOptions> authority, TimeProvider clock)
    : IdempotentConsumer<OutOfAreaChildArrived, VirtualSchoolDbContext>(db, clock)
{
    protected override async Task HandleAsync(OutOfAreaChildArrived message, CancellationToken cancellationToken)
    {
        var pupil = await PupilRegister.PlacedHereAsync(Db, message.NotificationId, message.PlacingAuthorityCode, message.PlacingAuthorityReference,
            message.GivenName, message.FamilyName, message.DateOfBirth, authority.Value.Code, Clock.GetUtcNow(), cancellationToken);
        PupilRegister.ApplyDetails(pupil, message.GivenName, message.FamilyName, message.DateOfBirth, message.Upn, message.OccurredAt);
        PupilRegister.ApplyPlacement(pupil, authority.Value.Code, isOutOfArea: false, message.LegalStatus, message.OccurredAt);
        PupilRegister.ApplyCare(pupil, new CareFacts(null, message.PlacedOn, null, null, IsCurrent: true), message.OccurredAt);
    }
}
