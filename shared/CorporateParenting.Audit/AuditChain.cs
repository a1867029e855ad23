using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CorporateParenting.Audit;

/// <summary>
/// Links committed, unchained rows of <typeparamref name="TContext"/>'s database into the chain, in the order they
/// became visible. One advisory lock per database lets exactly one instance of the service chain at a time; the others
/// find it taken and leave the work to it.
/// </summary>
public sealed class AuditChain<TContext>(TContext context) where TContext : DbContext
{
    /// <summary>The advisory lock key of the chain ("auditrec" in ASCII); each service database has its own chain and lock.</summary>
    public const long LockKey = 0x6175_6469_7472_6563;

    public const int DefaultBatchSize = 2000;

    private const string LinkSql =
        $"""
        UPDATE {AuditRecordConfiguration.Table} AS r
        SET chain_position = link.chain_position, previous_hash = link.previous_hash, hash = link.hash
        FROM unnest(@ids, @positions, @previous_hashes, @hashes) AS link(id, chain_position, previous_hash, hash)
        WHERE r.id = link.id
        """;

    /// <summary>Chains every row committed so far, in batches.</summary>
    /// <returns>How many rows were chained; 0 also when another instance holds the lock.</returns>
    public async Task<int> ChainPendingAsync(CancellationToken ct) => await ChainPendingAsync(DefaultBatchSize, ct);

    public async Task<int> ChainPendingAsync(int batchSize, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var total = 0;
        while (true)
        {
            var (chained, locked) = await ChainBatchAsync(batchSize, ct);
            total += chained;
            if (!locked || chained < batchSize)
            {
                return total;
            }
        }
    }

    private async Task<(int Chained, bool Locked)> ChainBatchAsync(int batchSize, CancellationToken ct)
    {
        var database = context.Database;
        await using var transaction = await database.BeginTransactionAsync(ct);
        var locked = await database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockKey}) AS \"Value\"").SingleAsync(ct);
        if (!locked)
        {
            return (0, false);
        }

        // Separate statements after the lock: under READ COMMITTED each sees everything the previous lock holder committed.
        var records = context.Set<AuditRecord>().AsNoTracking();
        var last = await records.Where(r => r.ChainPosition != null)
            .OrderByDescending(r => r.ChainPosition)
            .Select(r => new { Position = r.ChainPosition!.Value, Hash = r.Hash! })
            .FirstOrDefaultAsync(ct);
        var unchained = await records.Where(r => r.ChainPosition == null).OrderBy(r => r.Id).Take(batchSize).ToListAsync(ct);
        if (unchained.Count == 0)
        {
            return (0, true);
        }

        var ids = new long[unchained.Count];
        var positions = new long[unchained.Count];
        var previousHashes = new string[unchained.Count];
        var hashes = new string[unchained.Count];
        var position = last?.Position ?? 0;
        var previousHash = last?.Hash ?? AuditHash.Genesis;
        for (var i = 0; i < unchained.Count; i++)
        {
            ids[i] = unchained[i].Id;
            positions[i] = ++position;
            previousHashes[i] = previousHash;
            hashes[i] = previousHash = AuditHash.Compute(unchained[i], previousHash);
        }
        await database.ExecuteSqlRawAsync(LinkSql,
        [
            new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids },
            new NpgsqlParameter("positions", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = positions },
            new NpgsqlParameter("previous_hashes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = previousHashes },
            new NpgsqlParameter("hashes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = hashes },
        ], ct);
        await transaction.CommitAsync(ct);
        return (unchained.Count, true);
    }
}
