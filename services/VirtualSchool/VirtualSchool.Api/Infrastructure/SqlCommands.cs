using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>
/// A plain Npgsql command on the context's own connection and, when one is open, its transaction: for the set-based
/// statements (aggregates over a year of marks, alerts inserted in one pass) that EF cannot express or would materialise
/// row by row.
/// </summary>
public static class SqlCommands
{
    public static async Task<NpgsqlCommand> CommandAsync(this VirtualSchoolDbContext db, string sql, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        return new NpgsqlCommand(sql, connection, (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
    }
}
