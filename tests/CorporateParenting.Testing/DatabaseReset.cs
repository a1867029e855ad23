using Npgsql;

namespace CorporateParenting.Testing;

/// <summary>Empties every table but the migrations history, so tests never depend on each other's rows.</summary>
public static class DatabaseReset
{
    public static async Task TruncateAllTablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var list = new NpgsqlCommand(
            """
            SELECT string_agg(format('%I.%I', schemaname, tablename), ', ')
            FROM pg_tables
            WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'
            """, connection);
        if (await list.ExecuteScalarAsync() is string tables)
        {
            await using var truncate = new NpgsqlCommand($"TRUNCATE {tables} RESTART IDENTITY CASCADE", connection);
            await truncate.ExecuteNonQueryAsync();
        }
    }
}
