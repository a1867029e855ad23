using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Reporting.Api.Infrastructure;
using Reporting.Domain;

namespace Reporting.Api.Return;

/// <summary>
/// The return's findings as they are found, held in a temporary table of Reporting's own database on a connection of
/// their own, and read back once sorted by child, table, field and rule, each once. A return with many findings costs
/// the database's disk, not the service's memory; the table goes with the request.
/// </summary>
public sealed class HeldFindings(ReportingDbContext db) : IAsyncDisposable
{
    private const int CopyAbove = 1_000;

    private readonly List<ReturnFinding> _pending = [];
    private NpgsqlConnection? _connection;

    public async ValueTask AddAsync(IEnumerable<ReturnFinding> findings, CancellationToken ct)
    {
        _pending.AddRange(findings);
        if (_pending.Count >= CopyAbove)
        {
            await CopyPendingAsync(ct);
        }
    }

    /// <summary>Every finding held, in the order the findings file lists them (ordinal, as the DfE's tools sort).</summary>
    public async IAsyncEnumerable<ReturnFinding> ReadAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await CopyPendingAsync(ct);
        if (_connection is null)
        {
            yield break;
        }
        await using var command = new NpgsqlCommand(
            "SELECT DISTINCT child, tbl, field, rule, message FROM pg_temp.findings ORDER BY child, tbl, field, rule, message", _connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new ReturnFinding(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
        }
    }

    private async Task CopyPendingAsync(CancellationToken ct)
    {
        if (_pending.Count == 0)
        {
            return;
        }
        var connection = await ConnectionAsync(ct);
        await using (var copy = await connection.BeginBinaryImportAsync("COPY pg_temp.findings (child, tbl, field, rule, message) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var finding in _pending)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(finding.Child, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(finding.Table, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(finding.Field, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(finding.Rule, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(finding.Message, NpgsqlDbType.Text, ct);
            }
            await copy.CompleteAsync(ct);
        }
        _pending.Clear();
    }

    /// <summary>
    /// Not the context's own connection: the imported tables are read through it while findings are being held. COLLATE
    /// "C" sorts by code point, as the string comparison the findings were sorted with before.
    /// </summary>
    private async Task<NpgsqlConnection> ConnectionAsync(CancellationToken ct)
    {
        if (_connection is null)
        {
            _connection = new NpgsqlConnection(db.Database.GetConnectionString());
            await _connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand(
                """
                DROP TABLE IF EXISTS pg_temp.findings;
                CREATE TEMPORARY TABLE findings (
                    child text COLLATE "C" NOT NULL, tbl text COLLATE "C" NOT NULL, field text COLLATE "C" NOT NULL,
                    rule text COLLATE "C" NOT NULL, message text COLLATE "C" NOT NULL)
                """, _connection);
            await create.ExecuteNonQueryAsync(ct);
        }
        return _connection;
    }

    /// <summary>The table is dropped before the connection goes back to the pool, which would otherwise keep it for its next user.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }
        try
        {
            await using var drop = new NpgsqlCommand("DROP TABLE IF EXISTS pg_temp.findings", _connection);
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // A broken connection takes its temporary table with it.
        }
        await _connection.DisposeAsync();
    }
}
