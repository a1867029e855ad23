using CorporateParenting.Contracts.VirtualSchool;
using CorporateParenting.Messaging.Outbox;
using VirtualSchool.Api.Alerts;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain.Attendance;
using VirtualSchool.Domain.Enrolments;
using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>
/// The one place the Virtual School's outcomes become Contracts events: each is added to the outbox, so it is published
/// only if the change that caused it is saved.
/// </summary>
public static class IntegrationEvents
{
    public static void AddUnauthorisedAbsenceMarked(this VirtualSchoolDbContext db, RaisedAlert raised, string code, DateTimeOffset now)
    {
        var alert = raised.Alert;
        db.AddIntegrationEvent(new UnauthorisedAbsenceMarked(alert.PupilId, raised.IsPlacedHere, alert.Urn, alert.On, SessionOf(alert), code, now));
    }

    public static void AddAbsenceBandCrossed(this VirtualSchoolDbContext db, RaisedAlert raised, MeasuredPeriod period, AttendanceTally tally, DateTimeOffset now)
    {
        var alert = raised.Alert;
        object crossed = alert.Kind == AttendanceAlertRow.SevereAbsence
            ? new PupilSeverelyAbsent(alert.PupilId, raised.IsPlacedHere, period.Name, period.From, period.To, tally.Possible, tally.Absent, now)
            : new PupilPersistentlyAbsent(alert.PupilId, raised.IsPlacedHere, period.Name, period.From, period.To, tally.Possible, tally.Absent, now);
        db.AddIntegrationEvent(crossed);
    }

    public static void AddAttendanceMarkMissing(this VirtualSchoolDbContext db, RaisedAlert raised, DateTimeOffset now)
    {
        var alert = raised.Alert;
        db.AddIntegrationEvent(new AttendanceMarkMissing(alert.PupilId, raised.IsPlacedHere, alert.Urn!, alert.On, SessionOf(alert), now));
    }

    /// <summary>The session of a mark's alert, from its key <c>yyyy-MM-dd/AM</c>.</summary>
    private static string SessionOf(NewAlert alert) => alert.Key[^2..];
    public static void AddPepOverdue(this VirtualSchoolDbContext db, PepRow pep, DateTimeOffset now) =>
        db.AddIntegrationEvent(new PepOverdue(pep.Id, pep.PupilId, pep.Kind, pep.DueOn, pep.Status, now));

    public static void AddSchoolChanged(this VirtualSchoolDbContext db, PupilRow pupil, SchoolChange change, string schoolName, DateTimeOffset now) =>
        db.AddIntegrationEvent(new SchoolChanged(pupil.Id, pupil.Responsibility == PupilRow.PlacedHere, change.PreviousUrn, change.Urn, schoolName,
            change.ChangedOn, now));

    public static void AddPupilPremiumPlusAllocated(this VirtualSchoolDbContext db, FinancialYear year, LedgerPosting posting)
    {
        var allocation = posting.Allocation!;
        db.AddIntegrationEvent(new PupilPremiumPlusAllocated(allocation.Id, allocation.PupilId, allocation.Urn, year.Name, posting.Amount.Pounds,
            allocation.TargetIds, allocation.ReallocatedFrom, posting.Audit.At));
    }
}
