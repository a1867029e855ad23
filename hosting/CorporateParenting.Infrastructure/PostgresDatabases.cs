using Npgsql;

namespace CorporateParenting.Infrastructure;

internal static class PostgresDatabases
{
    private const string DuplicateDatabase = "42P04";
    private const string UniqueViolation = "23505"; // two concurrent CREATE DATABASE of one name

    public static string ConnectionString(string host, int port, string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = host,
            Port = port,
            Username = DevelopmentCredentials.PostgresUser,
            Password = DevelopmentCredentials.PostgresPassword,
            Database = database,
        }.ConnectionString;

    public static async Task EnsureAsync(string adminConnectionString, string database, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);

        // No pooling: an idle admin connection per test fixture would only hold a server slot.
        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);

        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection))
        {
            exists.Parameters.Add(new NpgsqlParameter { Value = database });
            if (await exists.ExecuteScalarAsync(ct) is not null)
            {
                return;
            }
        }

        var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
        try
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException ex) when (ex.SqlState is DuplicateDatabase or UniqueViolation)
        {
            // Someone else created it meanwhile, which is what we wanted.
        }
    }
}
