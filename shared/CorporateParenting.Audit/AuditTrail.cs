using System.Data;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Hosting;
using Npgsql;
using NpgsqlTypes;

namespace CorporateParenting.Audit;

/// <summary>
/// Appends to the chain in <typeparamref name="TContext"/>'s database. One advisory lock per database serialises
/// appends across every instance of the service, so each row's previous hash is the hash of the row before it.
/// </summary>
public sealed class AuditTrail<TContext>(
    TContext context, IHttpContextAccessor httpContextAccessor, TimeProvider time, IHostEnvironment environment) : IAuditTrail
    where TContext : DbContext
{
    /// <summary>The advisory lock key of the chain ("auditrec" in ASCII); each service database has its own chain and lock.</summary>
    public const long ChainLockKey = 0x6175_6469_7472_6563;

    // Raw SQL, not the change tracker: recording must neither flush nor be flushed with whatever else the caller
    // has pending in its context, only share its transaction.
    private const string InsertSql =
        $"""
        INSERT INTO {AuditRecordConfiguration.Table}
            (occurred_at, subject, roles, authority, action, record_kind, child_id, record_id, trace_id, previous_hash, hash)
        VALUES (@occurred_at, @subject, @roles, @authority, @action, @record_kind, @child_id, @record_id, @trace_id, @previous_hash, @hash)
        """;

    public async Task RecordAsync(AuditEntry entry, CancellationToken ct)
    {
        var actor = AuditActor.From(httpContextAccessor.HttpContext?.User, environment.ApplicationName);
        var traceId = Activity.Current?.TraceId.ToHexString();

        var database = context.Database;
        if (database.CurrentTransaction is { } callers)
        {
            EnsureSeesLatestRow(callers);
            await AppendAsync(database, entry, actor, traceId, ct);
            return;
        }

        await using var own = await database.BeginTransactionAsync(ct);
        await AppendAsync(database, entry, actor, traceId, ct);
        await own.CommitAsync(ct);
    }

    private async Task AppendAsync(
        DatabaseFacade database, AuditEntry entry, AuditActor actor, string? traceId, CancellationToken ct)
    {
        // A statement of its own: under READ COMMITTED the next statement's snapshot then includes the row committed
        // by whoever held the lock before us. Reading the last hash in the same statement would read a stale one.
        await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", ct);
        var previousHash = await context.Set<AuditRecord>()
            .OrderByDescending(r => r.Id)
            .Select(r => r.Hash)
            .FirstOrDefaultAsync(ct) ?? AuditHash.Genesis;
        // Read under the lock, so that times rise with the chain (given the instances' clocks agree).
        var occurredAt = AuditHash.TruncateToMicroseconds(time.GetUtcNow());

        var roles = actor.JoinedRoles;
        var hash = AuditHash.Compute(
            occurredAt, actor.Subject, roles, actor.Authority, entry.Action, entry.RecordKind,
            entry.ChildId, entry.RecordId, traceId, previousHash);

        await database.ExecuteSqlRawAsync(InsertSql,
        [
            Parameter("occurred_at", NpgsqlDbType.TimestampTz, occurredAt),
            Parameter("subject", NpgsqlDbType.Text, actor.Subject),
            Parameter("roles", NpgsqlDbType.Text, roles),
            Parameter("authority", NpgsqlDbType.Text, actor.Authority),
            Parameter("action", NpgsqlDbType.Text, entry.Action),
            Parameter("record_kind", NpgsqlDbType.Text, entry.RecordKind),
            Parameter("child_id", NpgsqlDbType.Uuid, entry.ChildId),
            Parameter("record_id", NpgsqlDbType.Text, entry.RecordId),
            Parameter("trace_id", NpgsqlDbType.Text, traceId),
            Parameter("previous_hash", NpgsqlDbType.Text, previousHash),
            Parameter("hash", NpgsqlDbType.Text, hash),
        ], ct);
    }

    // A REPEATABLE READ or SERIALIZABLE snapshot may predate rows appended by others while we waited for the lock,
    // and chaining onto an older row would fork the chain.
    private static void EnsureSeesLatestRow(IDbContextTransaction transaction)
    {
        var isolation = transaction.GetDbTransaction().IsolationLevel;
        if (isolation is IsolationLevel.RepeatableRead or IsolationLevel.Serializable or IsolationLevel.Snapshot)
        {
            throw new InvalidOperationException(
                $"The audit trail can only join a READ COMMITTED transaction, not {isolation}: record the entry outside it, or use READ COMMITTED.");
        }
    }

    private static NpgsqlParameter Parameter(string name, NpgsqlDbType type, object? value) =>
        new(name, type) { Value = value ?? DBNull.Value };
}
