using Microsoft.EntityFrameworkCore;
using Npgsql;
using VirtualSchool.Api.Commands;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Feed;

/// <summary>
/// Sessions a file flags as a suspension or permanent exclusion (code E with the exclusion flag) become exclusion
/// records: one pupil's consecutive flagged sessions of one kind in the file (AM then PM, PM then the next school day's
/// AM) form one record, starting at its first session (docs/virtual-school.md §6).
/// </summary>
public sealed class FeedExclusions(VirtualSchoolDbContext db, ExclusionRecorder recorder, SchoolTermCalendar calendar)
{
    public async Task RecordAsync(AttendanceFileRow file, CancellationToken cancellationToken)
    {
        var flagged = new List<Flagged>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var command = new NpgsqlCommand(FeedSql.FlaggedSessions, connection) { CommandTimeout = 0 })
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                flagged.Add(new Flagged(reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetInt16(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
            }
        }

        foreach (var run in Runs(flagged, calendar))
        {
            var first = run[0];
            await recorder.RecordAsync(new ExclusionRow
            {
                Id = Guid.CreateVersion7(),
                PupilId = first.PupilId,
                Kind = first.Kind,
                StartsOn = first.Date,
                StartSession = first.Session,
                Sessions = run.Count,
                Reason = run.Select(f => f.Reason).FirstOrDefault(r => r is not null),
                Urn = first.Urn,
                FileId = file.Id,
                RecordedBy = file.SentBy,
                RecordedAt = file.ReceivedAt,
            }, cancellationToken);
        }
    }

    /// <summary>Flagged sessions, ordered by pupil, kind, date and session, cut into runs of consecutive school sessions.</summary>
    public static IEnumerable<List<Flagged>> Runs(IReadOnlyList<Flagged> flagged, SchoolTermCalendar calendar)
    {
        List<Flagged>? run = null;
        foreach (var session in flagged)
        {
            if (run is not null && run[^1] is var last && last.PupilId == session.PupilId && last.Kind == session.Kind
                && NextSession(last.Date, last.Session, calendar) == (session.Date, session.Session))
            {
                run.Add(session);
                continue;
            }
            if (run is not null)
            {
                yield return run;
            }
            run = [session];
        }
        if (run is not null)
        {
            yield return run;
        }
    }

    private static (DateOnly, short) NextSession(DateOnly date, short session, SchoolTermCalendar calendar)
    {
        if (session == 0)
        {
            return (date, 1);
        }
        var next = date.AddDays(1);
        for (int i = 0; i < 366 && !calendar.IsSchoolDay(next); i++)
        {
            next = next.AddDays(1);
        }
        return (next, 0);
    }

    public sealed record Flagged(Guid PupilId, string Kind, DateOnly Date, short Session, string? Reason, string? Urn);
}
