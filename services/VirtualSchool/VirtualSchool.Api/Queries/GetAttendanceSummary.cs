using CorporateParenting.ServiceDefaults.Validation;
using CorporateParenting.VirtualSchool.V1;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain;
using VirtualSchool.Domain.Attendance;
using VirtualSchool.Domain.Exclusions;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Queries;

/// <summary>virtualschool.v1 <c>GetAttendanceSummary</c>, and the summary on a pupil's attendance calendar.</summary>
public static class GetAttendanceSummaryQuery
{
    /// <summary>The proto's names of the periods.</summary>
    public static readonly IReadOnlyDictionary<string, MeasurePeriodKind> PeriodNames = new Dictionary<string, MeasurePeriodKind>
    {
        ["TERM"] = MeasurePeriodKind.Term,
        ["SCHOOL_YEAR_TO_DATE"] = MeasurePeriodKind.SchoolYearToDate,
        ["ROLLING"] = MeasurePeriodKind.RollingSchoolDays,
    };

    public static (Guid PupilId, MeasurePeriodKind? Kind, DateOnly On) From(GetAttendanceSummaryRequest request, DateOnly today)
    {
        var errors = new FieldErrors();
        var pupilId = errors.RequiredGuid("pupil_id", request.PupilId);
        var period = errors.OptionalOneOf("period", request.Period, [.. PeriodNames.Keys]);
        var on = errors.OptionalDate("on", request.On, DateKind.Event, today) ?? today;
        errors.ThrowIfAny();
        return (pupilId, period is null ? null : PeriodNames[period], on);
    }
}

/// <summary>
/// A pupil's sessions over a period, with its band, and the suspension days of the school year the period ends in
/// against the 45-day limit (null when the term dates cannot lay them out).
/// </summary>
public sealed record PupilAttendanceSummary(Guid PupilId, MeasuredPeriod Period, AttendanceTally Sessions, SuspensionTotal? Suspensions);

public sealed class GetAttendanceSummaryHandler(VirtualSchoolDbContext db, AttendanceMeasures measures, MeasurePeriods periods, SchoolTermCalendar calendar)
{
    /// <summary>Null when the pupil is not known.</summary>
    public async Task<PupilAttendanceSummary?> HandleAsync(Guid pupilId, MeasurePeriodKind? kind, DateOnly on, CancellationToken cancellationToken)
    {
        if (!await db.Set<PupilRow>().AnyAsync(p => p.Id == pupilId, cancellationToken))
        {
            return null;
        }

        var period = periods.On(on, kind);
        var tally = await measures.ForPupilAsync(db, pupilId, period.From, period.To, cancellationToken);
        var exclusions = await db.Set<ExclusionRow>().AsNoTracking().Where(e => e.PupilId == pupilId).ToListAsync(cancellationToken);
        SuspensionTotal? suspensions;
        try
        {
            suspensions = SuspensionLimit.TotalFor(exclusions.Select(e => new ExclusionRecord(
                e.Kind == ExclusionRow.Suspension ? ExclusionKind.Suspension : ExclusionKind.PermanentExclusion, e.StartsOn, e.Sessions, e.Reason)),
                period.To, calendar);
        }
        catch (VirtualSchoolRuleViolation)
        {
            suspensions = null;
        }

        return new PupilAttendanceSummary(pupilId, period, tally, suspensions);
    }
}
