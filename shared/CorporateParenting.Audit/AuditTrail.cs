using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Npgsql;
using NpgsqlTypes;

namespace CorporateParenting.Audit;

/// <summary>
/// Appends unchained rows to the trail in <typeparamref name="TContext"/>'s database, in the caller's transaction when
/// there is one. Nothing is locked or read, so recording costs one insert however busy the service is;
/// <see cref="AuditChainer{TContext}"/> links the committed rows into the chain moments later.
/// </summary>
public sealed class AuditTrail<TContext>(
    TContext context, IHttpContextAccessor httpContextAccessor, TimeProvider time, IHostEnvironment environment)
    : IAuditTrail
    where TContext : DbContext
{
    // Raw SQL, not the change tracker: recording must neither flush nor be flushed with whatever else the caller
    // has pending in its context, only share its transaction.
    private const string InsertSql =
        $"""
        INSERT INTO {AuditRecordConfiguration.Table}
            (occurred_at, subject, roles, authority, action, record_kind, child_id, record_id, trace_id)
        VALUES (@occurred_at, @subject, @roles, @authority, @action, @record_kind, @child_id, @record_id, @trace_id)
        """;

    public async Task RecordAsync(AuditEntry entry, CancellationToken ct)
    {
        var actor = AuditActor.From(httpContextAccessor.HttpContext?.User, environment.ApplicationName);
        await context.Database.ExecuteSqlRawAsync(InsertSql,
        [
            Parameter("occurred_at", NpgsqlDbType.TimestampTz, AuditHash.TruncateToMicroseconds(time.GetUtcNow())),
            Parameter("subject", NpgsqlDbType.Text, actor.Subject),
            Parameter("roles", NpgsqlDbType.Text, actor.JoinedRoles),
            Parameter("authority", NpgsqlDbType.Text, actor.Authority),
            Parameter("action", NpgsqlDbType.Text, entry.Action),
            Parameter("record_kind", NpgsqlDbType.Text, entry.RecordKind),
            Parameter("child_id", NpgsqlDbType.Uuid, entry.ChildId),
            Parameter("record_id", NpgsqlDbType.Text, entry.RecordId),
            Parameter("trace_id", NpgsqlDbType.Text, Activity.Current?.TraceId.ToHexString()),
        ], ct);
    }

    private static NpgsqlParameter Parameter(string name, NpgsqlDbType type, object? value) =>
        new(name, type) { Value = value ?? DBNull.Value };
}
