using CorporateParenting.Contracts.VirtualSchool;
using CorporateParenting.Messaging.Outbox;
using VirtualSchool.Domain.Enrolments;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>
/// The one place the Virtual School's outcomes become Contracts events: each is added to the outbox, so it is published
/// only if the change that caused it is saved.
/// </summary>
public static class IntegrationEvents
{
    public static void AddSchoolChanged(this VirtualSchoolDbContext db, PupilRow pupil, SchoolChange change, string schoolName, DateTimeOffset now) =>
        db.AddIntegrationEvent(new SchoolChanged(pupil.Id, pupil.Responsibility == PupilRow.PlacedHere, change.PreviousUrn, change.Urn, schoolName,
            change.ChangedOn, now));
}
