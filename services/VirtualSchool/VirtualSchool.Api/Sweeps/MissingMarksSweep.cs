using CorporateParenting.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using VirtualSchool.Api.Alerts;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Options;
using VirtualSchool.Domain.Pupils;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Sweeps;

/// <summary>
/// On a school day, once the configured local time for a session has passed, every current pupil with an enrolment that
/// day, of an age to be in education (early years to the end of Year 13), and no mark for the session goes on the
/// worklist and <c>AttendanceMarkMissing</c> is published, once per pupil, day and session (docs/virtual-school.md §7).
/// One instance sweeps at a time, under an advisory lock; the unique alert key makes a second sweep a no-op anyway.
/// </summary>
public sealed class MissingMarksSweep(
    VirtualSchoolDbContext db, SchoolTermCalendar calendar, AlertWriter writer, IOptions<AlertOptions> options, TimeProvider clock,
    ILogger<MissingMarksSweep> logger) : IPeriodicSweep
{
    /// <summary>"vsmissng" in ASCII.</summary>
    private const long LockKey = 0x7673_6d69_7373_6e67;

    private const string CandidatesSql =
        """
        SELECT p.id, p.date_of_birth, e.urn, s.session
        FROM pupils p
        JOIN LATERAL (
            SELECT e.urn FROM enrolments e
            WHERE e.pupil_id = p.id AND e.starts_on <= @date AND (e.ends_on IS NULL OR e.ends_on >= @date)
            ORDER BY e.registration = 'dual-subsidiary', e.starts_on DESC
            LIMIT 1) e ON true
        CROSS JOIN unnest(@sessions) AS s(session)
        WHERE p.is_current
          AND NOT EXISTS (SELECT 1 FROM attendance_marks m WHERE m.pupil_id = p.id AND m.date = @date AND m.session = s.session)
        """;

    /// <summary>The pass the periodic runner makes (<see cref="AlertOptions.SweepInterval"/>), at the time it is.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var raised = await RunAsync(clock.GetUtcNow(), cancellationToken);
        if (raised > 0)
        {
            logger.LogInformation("Missing-marks sweep: {Raised} sessions with no mark", raised);
        }
    }

    /// <summary>Looks at the local day and time of <paramref name="now"/>; returns how many marks were newly found missing.</summary>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(now, options.Value.Zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        short[] due = [.. new (short Session, TimeOnly By)[] { (0, options.Value.MorningMarksBy), (1, options.Value.AfternoonMarksBy) }
            .Where(s => time >= s.By).Select(s => s.Session)];
        if (due.Length == 0 || !calendar.IsSchoolDay(date))
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockKey}) AS \"Value\"").SingleAsync(cancellationToken))
        {
            return 0;
        }

        var missing = new List<NewAlert>();
        await using (var command = await db.CommandAsync(CandidatesSql, cancellationToken))
        {
            command.Parameters.Add(new NpgsqlParameter<DateOnly>("date", date));
            command.Parameters.Add(new NpgsqlParameter("sessions", NpgsqlDbType.Array | NpgsqlDbType.Smallint) { Value = due });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (SchoolAge.StageOn(reader.GetFieldValue<DateOnly>(1), date) == EducationStage.BeyondYear13)
                {
                    continue;
                }

                var mark = new MarkKey(reader.GetGuid(0), date, reader.GetInt16(3));
                var session = MarkKey.SessionName(mark.Session);
                missing.Add(new NewAlert(mark.PupilId, AttendanceAlertRow.MarkMissing, date, mark.AlertKey, reader.GetString(2),
                    $"No {session} mark by {(mark.Session == 0 ? options.Value.MorningMarksBy : options.Value.AfternoonMarksBy):HH:mm}"));
            }
        }

        var raised = await writer.RaiseAsync(db, missing, cancellationToken);
        foreach (var alert in raised)
        {
            db.AddAttendanceMarkMissing(alert, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return raised.Count;
    }
}
