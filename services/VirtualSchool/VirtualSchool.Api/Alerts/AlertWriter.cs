using Npgsql;
using NpgsqlTypes;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Alerts;

/// <summary>
/// Puts alerts on the worklist in one statement: <c>INSERT … ON CONFLICT (pupil_id, kind, key) DO NOTHING RETURNING</c>
/// on the unique index that makes each alert happen once, so only what was really new comes back to be published,
/// however often the same marks arrive and however many instances raise them at once (docs/virtual-school.md §7).
/// </summary>
public sealed class AlertWriter(TimeProvider clock)
{
    private const string InsertSql =
        """
        WITH raised AS (
            INSERT INTO attendance_alerts (pupil_id, kind, "on", key, urn, detail, raised_at)
            SELECT a.pupil_id, a.kind, a.on_date, a.key, a.urn, a.detail, @now
            FROM unnest(@pupils, @kinds, @ons, @keys, @urns, @details) AS a(pupil_id, kind, on_date, key, urn, detail)
            ON CONFLICT (pupil_id, kind, key) DO NOTHING
            RETURNING id, pupil_id, kind, key)
        SELECT r.id, r.pupil_id, r.kind, r.key, p.responsibility = 'placed-here'
        FROM raised r JOIN pupils p ON p.id = r.pupil_id
        """;

    public async Task<IReadOnlyList<RaisedAlert>> RaiseAsync(VirtualSchoolDbContext db, IReadOnlyCollection<NewAlert> alerts, CancellationToken cancellationToken)
    {
        if (alerts.Count == 0)
        {
            return [];
        }

        var byKey = new Dictionary<(Guid, string, string), NewAlert>();
        foreach (var alert in alerts)
        {
            byKey.TryAdd((alert.PupilId, alert.Kind, alert.Key), alert);
        }

        var all = byKey.Values.ToArray();
        await using var command = await db.CommandAsync(InsertSql, cancellationToken);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", clock.GetUtcNow()));
        command.Parameters.Add(Array("pupils", NpgsqlDbType.Uuid, all.Select(a => a.PupilId)));
        command.Parameters.Add(Array("kinds", NpgsqlDbType.Text, all.Select(a => a.Kind)));
        command.Parameters.Add(Array("ons", NpgsqlDbType.Date, all.Select(a => a.On)));
        command.Parameters.Add(Array("keys", NpgsqlDbType.Text, all.Select(a => a.Key)));
        command.Parameters.Add(Array("urns", NpgsqlDbType.Text, all.Select(a => a.Urn)));
        command.Parameters.Add(Array("details", NpgsqlDbType.Text, all.Select(a => a.Detail)));

        var raised = new List<RaisedAlert>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var alert = byKey[(reader.GetGuid(1), reader.GetString(2), reader.GetString(3))];
            raised.Add(new RaisedAlert(reader.GetInt64(0), alert, reader.GetBoolean(4)));
        }

        return raised;
    }

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };
}
