using CorporateParenting.Calendar;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Options;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain;
using VirtualSchool.Domain.Attendance;

namespace VirtualSchool.Api.Alerts;

public sealed record AlertsRaised(int UnauthorisedAbsences, int PersistentAbsences, int SevereAbsences, int Exclusions)
{
    public int Total => UnauthorisedAbsences + PersistentAbsences + SevereAbsences + Exclusions;
}

/// <summary>
/// The same-day alerts of an import, called inside its transaction with the sessions whose marks changed, set-based so
/// a national day (120,000 marks) takes one pass for unauthorised marks and one aggregate over the period for the band
/// crossings (docs/virtual-school.md §7): each alert goes on the worklist once, and only those new are published.
/// </summary>
public sealed class AttendanceAlerts(
    VirtualSchoolDbContext db,
    AttendanceCodes codes,
    AttendanceMeasures measures,
    MeasurePeriods periods,
    AlertWriter writer,
    IOptions<AlertOptions> options,
    TimeProvider clock,
    ILogger<AttendanceAlerts> logger)
{
    private const string UnauthorisedSql =
        """
        SELECT m.pupil_id, m.date, m.session, m.code, m.urn
        FROM attendance_marks m
        JOIN unnest(@pupils, @dates, @sessions) AS c(pupil_id, date, session)
          ON c.pupil_id = m.pupil_id AND c.date = m.date AND c.session = m.session
        WHERE m.code = ANY(@codes) AND m.date >= @since
        """;

    private const string FileMarksSql = "SELECT pupil_id, date, session FROM attendance_marks WHERE file_id = @file";

    private const string LatestUrnSql =
        """
        SELECT p.id, (SELECT m.urn FROM attendance_marks m WHERE m.pupil_id = p.id ORDER BY m.date DESC, m.session DESC LIMIT 1)
        FROM unnest(@pupils) AS p(id)
        """;

    private const string ExclusionsSql =
        """
        SELECT id, pupil_id, kind, starts_on, sessions, urn FROM exclusions
        WHERE file_id = @file OR id = ANY(@ids)
        """;

    /// <summary>The marks (and any exclusions) a feed file wrote: what <see cref="RaiseForMarksAsync"/> is given by the import.</summary>
    public async Task<AlertsRaised> RaiseForFileAsync(Guid fileId, CancellationToken cancellationToken)
    {
        var changed = new List<MarkKey>();
        await using (var command = await db.CommandAsync(FileMarksSql, cancellationToken))
        {
            command.Parameters.Add(new NpgsqlParameter<Guid>("file", fileId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                changed.Add(new MarkKey(reader.GetGuid(0), reader.GetFieldValue<DateOnly>(1), reader.GetInt16(2)));
            }
        }

        var marks = await RaiseForMarksAsync(changed, cancellationToken);
        var exclusions = await RaiseForExclusionsAsync([], fileId, cancellationToken);
        return marks with { Exclusions = exclusions };
    }

    /// <summary>Unauthorised-absence alerts for the changed marks, and band alerts for the pupils they belong to.</summary>
    public async Task<AlertsRaised> RaiseForMarksAsync(IReadOnlyCollection<MarkKey> changed, CancellationToken cancellationToken)
    {
        if (changed.Count == 0)
        {
            return new AlertsRaised(0, 0, 0, 0);
        }

        var unauthorised = await RaiseUnauthorisedAsync(changed, cancellationToken);
        var (persistent, severe) = await RaiseBandsAsync(changed, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new AlertsRaised(unauthorised, persistent, severe, 0);
    }

    /// <summary>
    /// The worklist rows of suspensions and exclusions recorded (by id, or by the file that flagged them). Their event,
    /// <c>PupilExcluded</c>, is published by whoever records them, with the running suspension total.
    /// </summary>
    public async Task<int> RaiseForExclusionsAsync(IReadOnlyCollection<Guid> exclusionIds, Guid? fileId, CancellationToken cancellationToken)
    {
        var alerts = new List<NewAlert>();
        await using (var command = await db.CommandAsync(ExclusionsSql, cancellationToken))
        {
            command.Parameters.Add(new NpgsqlParameter("file", NpgsqlDbType.Uuid) { Value = (object?)fileId ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = exclusionIds.ToArray() });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var kind = reader.GetString(2);
                var startsOn = reader.GetFieldValue<DateOnly>(3);
                var what = kind == ExclusionRow.Suspension ? "Suspension" : "Permanent exclusion";
                alerts.Add(new NewAlert(reader.GetGuid(1), AttendanceAlertRow.Excluded, startsOn, reader.GetGuid(0).ToString("N"),
                    reader.IsDBNull(5) ? null : reader.GetString(5), $"{what} from {startsOn:yyyy-MM-dd}, {reader.GetInt32(4)} sessions"));
            }
        }

        return (await writer.RaiseAsync(alerts, cancellationToken)).Count;
    }

    private async Task<int> RaiseUnauthorisedAsync(IReadOnlyCollection<MarkKey> changed, CancellationToken cancellationToken)
    {
        var unauthorisedCodes = codes.All.Where(c => c.CountsAsPossible && c.Category.IsUnauthorisedAbsence()).Select(c => c.Code).ToArray();
        var since = clock.Today().AddDays(-options.Value.UnauthorisedMarksWithinDays);
        var alerts = new List<NewAlert>();
        var codeOf = new Dictionary<(Guid, string), string>();
        await using (var command = await db.CommandAsync(UnauthorisedSql, cancellationToken))
        {
            command.Parameters.Add(new NpgsqlParameter("pupils", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = changed.Select(c => c.PupilId).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("dates", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = changed.Select(c => c.Date).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("sessions", NpgsqlDbType.Array | NpgsqlDbType.Smallint) { Value = changed.Select(c => c.Session).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("codes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = unauthorisedCodes });
            command.Parameters.Add(new NpgsqlParameter<DateOnly>("since", since));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var mark = new MarkKey(reader.GetGuid(0), reader.GetFieldValue<DateOnly>(1), reader.GetInt16(2));
                var code = reader.GetString(3);
                codeOf[(mark.PupilId, mark.AlertKey)] = code;
                alerts.Add(new NewAlert(mark.PupilId, AttendanceAlertRow.UnauthorisedAbsence, mark.Date, mark.AlertKey,
                    reader.IsDBNull(4) ? null : reader.GetString(4), $"Unauthorised absence: {code} ({codes.Find(code)!.Meaning})"));
            }
        }

        var raised = await writer.RaiseAsync(alerts, cancellationToken);
        foreach (var alert in raised)
        {
            db.AddUnauthorisedAbsenceMarked(alert, codeOf[(alert.Alert.PupilId, alert.Alert.Key)], clock.GetUtcNow());
        }

        return raised.Count;
    }

    /// <summary>
    /// One aggregate over the configured period, ending on the newest changed day, for the pupils whose marks changed;
    /// a pupil at or over a threshold gets that band's alert once per period (the period's name is the key).
    /// </summary>
    private async Task<(int Persistent, int Severe)> RaiseBandsAsync(IReadOnlyCollection<MarkKey> changed, CancellationToken cancellationToken)
    {
        MeasuredPeriod period;
        try
        {
            period = periods.On(changed.Max(c => c.Date));
        }
        catch (VirtualSchoolRuleViolation violation)
        {
            logger.LogWarning("No absence bands measured for these marks: {Reason}", violation.Message);
            return (0, 0);
        }

        var pupils = changed.Select(c => c.PupilId).Distinct().ToArray();
        var tallies = await measures.ForPupilsAsync(pupils, period.From, period.To, cancellationToken);
        var banded = tallies.Where(t => t.Value.Possible >= options.Value.BandAlertsFromPossibleSessions && t.Value.Band >= AbsenceBand.Persistent)
            .ToDictionary(t => t.Key, t => t.Value);
        var urns = await LatestUrnsAsync(banded.Keys, cancellationToken);
        var alerts = new List<NewAlert>();
        foreach (var (pupil, tally) in banded)
        {
            var detail = $"Absent {tally.Absent} of {tally.Possible} possible sessions, {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd}";
            alerts.Add(new NewAlert(pupil, AttendanceAlertRow.PersistentAbsence, period.To, period.Name, urns.GetValueOrDefault(pupil), detail));
            if (tally.Band == AbsenceBand.Severe)
            {
                alerts.Add(new NewAlert(pupil, AttendanceAlertRow.SevereAbsence, period.To, period.Name, urns.GetValueOrDefault(pupil), detail));
            }
        }

        var raised = await writer.RaiseAsync(alerts, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var alert in raised)
        {
            db.AddAbsenceBandCrossed(alert, period, tallies[alert.Alert.PupilId], now);
        }

        return (raised.Count(a => a.Alert.Kind == AttendanceAlertRow.PersistentAbsence), raised.Count(a => a.Alert.Kind == AttendanceAlertRow.SevereAbsence));
    }

    private async Task<Dictionary<Guid, string?>> LatestUrnsAsync(IEnumerable<Guid> pupils, CancellationToken cancellationToken)
    {
        var urns = new Dictionary<Guid, string?>();
        await using var command = await db.CommandAsync(LatestUrnSql, cancellationToken);
        command.Parameters.Add(new NpgsqlParameter("pupils", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = pupils.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            urns[reader.GetGuid(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
        }

        return urns;
    }
}
