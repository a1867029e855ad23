using CorporateParenting.Calendar;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using VirtualSchool.Api.Feed;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Options;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain;
using VirtualSchool.Domain.Attendance;

namespace VirtualSchool.Api.Alerts;

/// <summary>
/// The same-day alerts of an attendance file, raised inside its import's transaction from the marks it changed
/// (<see cref="ImportedMarks.ChangedTable"/>), set-based so that a national day (120,000 marks) takes one pass for the
/// unauthorised marks and one aggregate over the measured period for the band crossings of the pupils concerned
/// (docs/virtual-school.md §7). Each alert goes on the worklist once; only the new ones are published. Suspensions and
/// exclusions are put on the worklist by whoever records them (<c>ExclusionRecorder</c>).
/// </summary>
public sealed class AttendanceAlerts(
    AttendanceCodes codes,
    AttendanceMeasures measures,
    MeasurePeriods periods,
    AlertWriter writer,
    IOptions<AlertOptions> options,
    TimeProvider clock,
    ILogger<AttendanceAlerts> logger) : IMarksChangedHandler
{
    private const string UnauthorisedSql =
        $"""
        SELECT c.pupil_id, c.date, c.session, c.code, c.urn
        FROM {ImportedMarks.ChangedTable} c
        WHERE c.code = ANY(@codes) AND c.date >= @since
        """;

    /// <summary>
    /// The pupils whose band may have risen: a change inside the measured period to a code that is not a present one (an
    /// absence raises the rate; a code that is no possible session lowers its denominator), and no severe-absence alert
    /// for the period yet (nothing higher to raise).
    /// </summary>
    private const string TouchedSql =
        $"""
        SELECT DISTINCT c.pupil_id FROM {ImportedMarks.ChangedTable} c
        WHERE c.date BETWEEN @from AND @to AND NOT c.code = ANY(@present)
          AND NOT EXISTS (SELECT 1 FROM attendance_alerts a WHERE a.pupil_id = c.pupil_id AND a.kind = '{AttendanceAlertRow.SevereAbsence}' AND a.key = @period)
        """;

    private const string LatestUrnSql =
        """
        SELECT p.id, (SELECT m.urn FROM attendance_marks m WHERE m.pupil_id = p.id ORDER BY m.date DESC, m.session DESC LIMIT 1)
        FROM unnest(@pupils) AS p(id)
        """;

    public async Task HandleAsync(ImportedMarks marks, VirtualSchoolDbContext db, CancellationToken cancellationToken)
    {
        if (marks.Changed == 0)
        {
            return;
        }

        var raised = await RaiseAsync(db, cancellationToken);
        logger.LogInformation("Attendance file {FileId}: {Raised} alerts raised", marks.FileId, raised);
    }

    /// <summary>Raises from the changed marks on <paramref name="db"/>'s connection; returns how many alerts were new.</summary>
    public async Task<AlertsRaised> RaiseAsync(VirtualSchoolDbContext db, CancellationToken cancellationToken)
    {
        var unauthorised = await RaiseUnauthorisedAsync(db, cancellationToken);
        var (persistent, severe) = await RaiseBandsAsync(db, cancellationToken);
        return new AlertsRaised(unauthorised, persistent, severe);
    }

    private async Task<int> RaiseUnauthorisedAsync(VirtualSchoolDbContext db, CancellationToken cancellationToken)
    {
        var unauthorisedCodes = codes.All.Where(c => c.CountsAsPossible && c.Category.IsUnauthorisedAbsence()).Select(c => c.Code).ToArray();
        var alerts = new List<NewAlert>();
        var codeOf = new Dictionary<(Guid, string), string>();
        await using (var command = await db.CommandAsync(UnauthorisedSql, cancellationToken))
        {
            command.Parameters.Add(new NpgsqlParameter("codes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = unauthorisedCodes });
            command.Parameters.Add(new NpgsqlParameter<DateOnly>("since", clock.Today().AddDays(-options.Value.UnauthorisedMarksWithinDays)));
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

        var raised = await writer.RaiseAsync(db, alerts, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var alert in raised)
        {
            db.AddUnauthorisedAbsenceMarked(alert, codeOf[(alert.Alert.PupilId, alert.Alert.Key)], now);
        }

        return raised.Count;
    }

    /// <summary>
    /// One aggregate over the configured period ending today (as the measures read it), for the pupils whose band a change may have raised;
    /// a pupil at or over a threshold (with enough possible sessions to judge) gets that band's alert once per period,
    /// the period's name being the key. A pupil straight into severe absence gets both.
    /// </summary>
    private async Task<(int Persistent, int Severe)> RaiseBandsAsync(VirtualSchoolDbContext db, CancellationToken cancellationToken)
    {
        MeasuredPeriod period;
        try
        {
            period = periods.On(clock.Today());
        }
        catch (VirtualSchoolRuleViolation violation)
        {
            logger.LogWarning("No absence bands measured for these marks: {Reason}", violation.Message);
            return (0, 0);
        }

        var pupils = new List<Guid>();
        await using (var touched = await db.CommandAsync(TouchedSql, cancellationToken))
        {
            touched.Parameters.Add(new NpgsqlParameter<DateOnly>("from", period.From));
            touched.Parameters.Add(new NpgsqlParameter<DateOnly>("to", period.To));
            touched.Parameters.Add(new NpgsqlParameter<string>("period", period.Name));
            touched.Parameters.Add(new NpgsqlParameter("present", NpgsqlDbType.Array | NpgsqlDbType.Text)
            {
                Value = codes.All.Where(c => c.CountsAsPossible && c.Category.IsPresent()).Select(c => c.Code).ToArray(),
            });
            await using var reader = await touched.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                pupils.Add(reader.GetGuid(0));
            }
        }

        if (pupils.Count == 0)
        {
            return (0, 0);
        }

        var tallies = await measures.ForPupilsAsync(db, pupils, period.From, period.To, cancellationToken);
        var banded = tallies.Where(t => t.Value.Possible >= options.Value.BandAlertsFromPossibleSessions && t.Value.Band >= AbsenceBand.Persistent)
            .ToDictionary(t => t.Key, t => t.Value);
        var urns = await LatestUrnsAsync(db, banded.Keys, cancellationToken);
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

        var raised = await writer.RaiseAsync(db, alerts, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var alert in raised)
        {
            db.AddAbsenceBandCrossed(alert, period, tallies[alert.Alert.PupilId], now);
        }

        return (raised.Count(a => a.Alert.Kind == AttendanceAlertRow.PersistentAbsence), raised.Count(a => a.Alert.Kind == AttendanceAlertRow.SevereAbsence));
    }

    private static async Task<Dictionary<Guid, string?>> LatestUrnsAsync(VirtualSchoolDbContext db, IEnumerable<Guid> pupils, CancellationToken cancellationToken)
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
