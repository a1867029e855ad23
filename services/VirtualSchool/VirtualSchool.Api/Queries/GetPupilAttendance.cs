using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Alerts;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.Attendance;

namespace VirtualSchool.Api.Queries;

/// <summary><c>GET /api/virtual-school/pupils/{id}/attendance?from&amp;to</c>: both optional, the default period's days when blank.</summary>
public static class GetPupilAttendanceQuery
{
    public static (DateOnly? From, DateOnly? To) From(string? from, string? to, DateOnly today)
    {
        var errors = new FieldErrors();
        var first = errors.OptionalDate("from", from, DateKind.Event, today);
        var last = errors.OptionalDate("to", to, DateKind.Event, today);
        if (first > last)
        {
            errors.Add("to", "must be on or after from.");
        }

        errors.ThrowIfAny();
        return (first, last);
    }
}

public sealed record SupersededMark(
    string Code, string? Reason, string? Exclusion, string? Urn, string Source, string SentBy, DateTimeOffset ReceivedAt, Guid? FileId,
    DateTimeOffset SupersededAt, Guid? SupersededByFileId);

/// <summary>The mark standing for a session, what its code means and counts as, and every mark it replaced, oldest first.</summary>
public sealed record CalendarMark(
    DateOnly Date, string Session, string Code, string? Meaning, string? Category, bool CountsAsPossible, string? Reason, string? Exclusion,
    string? Urn, string Source, string SentBy, DateTimeOffset ReceivedAt, Guid? FileId, IReadOnlyList<SupersededMark> History);

public sealed record PupilAttendance(Guid PupilId, DateOnly From, DateOnly To, IReadOnlyList<CalendarMark> Marks, PupilAttendanceSummary Summary);

/// <summary>A pupil's attendance calendar: every mark between two days with its history, and the default period's summary.</summary>
public sealed class GetPupilAttendanceHandler(VirtualSchoolDbContext db, AttendanceCodes codes, GetAttendanceSummaryHandler summaries)
{
    /// <summary>Null when the pupil is not known.</summary>
    public async Task<PupilAttendance?> HandleAsync(Guid pupilId, DateOnly? from, DateOnly? to, DateOnly today, CancellationToken cancellationToken)
    {
        if (await summaries.HandleAsync(pupilId, null, to ?? today, cancellationToken) is not { } summary)
        {
            return null;
        }

        var (first, last) = (from ?? summary.Period.From, to ?? summary.Period.To);
        var marks = await db.Set<AttendanceMarkRow>().AsNoTracking()
            .Where(m => m.PupilId == pupilId && m.Date >= first && m.Date <= last)
            .OrderBy(m => m.Date).ThenBy(m => m.Session).ToListAsync(cancellationToken);
        var history = (await db.Set<AttendanceMarkHistoryRow>().AsNoTracking()
                .Where(h => h.PupilId == pupilId && h.Date >= first && h.Date <= last)
                .OrderBy(h => h.SupersededAt).ThenBy(h => h.Id).ToListAsync(cancellationToken))
            .ToLookup(h => (h.Date, h.Session));
        return new PupilAttendance(pupilId, first, last, [.. marks.Select(m =>
        {
            var code = codes.Find(m.Code);
            return new CalendarMark(m.Date, MarkKey.SessionName(m.Session), m.Code, code?.Meaning, code?.Category.ToString(), code?.CountsAsPossible ?? false,
                m.Reason, m.Exclusion, m.Urn, m.Source, m.SentBy, m.ReceivedAt, m.FileId,
                [.. history[(m.Date, m.Session)].Select(h => new SupersededMark(
                    h.Code, h.Reason, h.Exclusion, h.Urn, h.Source, h.SentBy, h.ReceivedAt, h.FileId, h.SupersededAt, h.SupersededByFileId))]);
        })], summary);
    }
}
