using CorporateParenting.Contracts.VirtualSchool;
using CorporateParenting.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.Exclusions;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Commands;

/// <summary>
/// The one place a suspension or permanent exclusion is recorded, from the feed or by staff (docs/virtual-school.md
/// §5 and §6): the record, <see cref="PupilExcluded"/> with the pupil's suspension
/// days this school year against the 45-day limit, and the alert on the worklist, all saved by the caller's
/// transaction. The same exclusion again (same pupil, kind, start day and session) is not recorded twice.
/// </summary>
public sealed class ExclusionRecorder(VirtualSchoolDbContext db, SchoolTermCalendar calendar, TimeProvider clock)
{
    /// <returns>False when this exclusion was already held: nothing is added.</returns>
    public async Task<bool> RecordAsync(ExclusionRow exclusion, CancellationToken cancellationToken)
    {
        var exclusions = db.Set<ExclusionRow>();
        if (await exclusions.AnyAsync(e => e.PupilId == exclusion.PupilId && e.Kind == exclusion.Kind && e.StartsOn == exclusion.StartsOn
                && e.StartSession == exclusion.StartSession, cancellationToken)
            || exclusions.Local.Any(e => e.PupilId == exclusion.PupilId && e.Kind == exclusion.Kind && e.StartsOn == exclusion.StartsOn
                && e.StartSession == exclusion.StartSession))
        {
            return false;
        }

        string responsibility = await db.Set<PupilRow>().Where(p => p.Id == exclusion.PupilId).Select(p => p.Responsibility)
            .SingleAsync(cancellationToken);
        var held = await exclusions.AsNoTracking().Where(e => e.PupilId == exclusion.PupilId).ToListAsync(cancellationToken);
        var records = held.Concat(exclusions.Local.Where(e => e.PupilId == exclusion.PupilId)).Append(exclusion).Select(Record);
        var total = SuspensionLimit.TotalFor(records, exclusion.StartsOn, calendar);

        var now = clock.GetUtcNow();
        exclusions.Add(exclusion);
        db.AddIntegrationEvent(new PupilExcluded(exclusion.PupilId, responsibility == PupilRow.PlacedHere, exclusion.Id, exclusion.Kind,
            exclusion.Urn, exclusion.StartsOn, exclusion.Sessions, exclusion.Reason, total.Days, total.OverLimit, now));
        db.Set<AttendanceAlertRow>().Add(new AttendanceAlertRow
        {
            PupilId = exclusion.PupilId,
            Kind = AttendanceAlertRow.Excluded,
            On = exclusion.StartsOn,
            Key = exclusion.Id.ToString(),
            Urn = exclusion.Urn,
            Detail = exclusion.Kind == ExclusionRow.PermanentExclusion
                ? $"Permanently excluded from {exclusion.StartsOn:yyyy-MM-dd}."
                : $"Suspended from {exclusion.StartsOn:yyyy-MM-dd} for {exclusion.Sessions} sessions; {total.Days} of {SuspensionLimit.SchoolDaysPerYear} "
                  + $"suspension days in {total.SchoolYear.Name}{(total.OverLimit ? ", over the limit" : "")}.",
            RaisedAt = now,
        });
        return true;
    }

    private static ExclusionRecord Record(ExclusionRow row) => new(
        row.Kind == ExclusionRow.PermanentExclusion ? ExclusionKind.PermanentExclusion : ExclusionKind.Suspension,
        row.StartsOn, row.Sessions, row.Reason);
}
