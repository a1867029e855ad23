using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Health.Benchmarks;

/// <summary>
/// Writes entities with PostgreSQL's binary COPY into the table and columns the service's own EF model maps them to,
/// converted as EF would convert them (enums as text): the seed follows the schema instead of restating it. Columns
/// the database fills (identity ALWAYS ids, the <c>xmin</c> row version) are left to it.
/// </summary>
public static class BinaryCopy
{
    public static async Task<ulong> WriteAsync<T>(NpgsqlConnection connection, IModel model, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var columns = entity.GetProperties()
            .Where(p => !p.IsShadowProperty() && p.GetValueGenerationStrategy() != NpgsqlValueGenerationStrategy.IdentityAlwaysColumn)
            .Select(p => (Name: p.GetColumnName(), Getter: p.GetGetter(), Mapping: p.GetRelationalTypeMapping()))
            .ToArray();
        var table = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{entity.GetTableName()}\"" : $"\"{entity.GetTableName()}\"";
        var copy = $"COPY {table} ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";

        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var (_, getter, mapping) in columns)
            {
                var value = getter.GetClrValueUsingContainingEntity(row);
                if (value is not null && mapping.Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, mapping.StoreTypeNameBase, cancellationToken);
                }
            }
        }
        return await importer.CompleteAsync(cancellationToken);
    }
}
