using CorporateParenting.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CorporateParenting.Testing.Benchmarks;

/// <summary>What every benchmark under tests/ shares: its own throwaway servers, and the table it prints.</summary>
public static class Benchmark
{
    /// <summary>
    /// Private PostgreSQL and RabbitMQ on free ports with the databases named (one per service run), removed when
    /// disposed. Unlike the test servers, PostgreSQL keeps production's durability: every commit waits for its WAL to
    /// reach the disk.
    /// </summary>
    public static async Task<IRunningInfrastructure> StartInfrastructureAsync(params string[] databases)
    {
        var infrastructure = await InfrastructureLauncher.StartAsync(new InfrastructureOptions
        {
            DataDirectory = Path.Combine(RepositoryRoot.Find(), ".local", "bench-" + Guid.NewGuid().ToString("N")[..8]),
            PostgresPort = 0,
            RabbitMqPort = 0,
            Ephemeral = true,
            DurableWrites = true,
        }, NullLogger.Instance);
        foreach (var database in databases)
        {
            await infrastructure.EnsureDatabaseAsync(database);
        }
        return infrastructure;
    }

    /// <summary>Rows of cells printed as left-aligned columns, the first row being the headings.</summary>
    public static void PrintTable(IReadOnlyList<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            Console.WriteLine(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))));
        }
    }
}
