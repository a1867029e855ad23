extern alias LeavingCareApi;

using System.Diagnostics;
using CorporateParenting.Testing.Benchmarks;
using LeavingCare.Domain.Status;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using LeavingCareApi::LeavingCare.Api.Infrastructure;
using LeavingCareApi::LeavingCare.Api.Sweeps;

namespace LeavingCare.Benchmarks;

/// <summary>
/// The daily status sweep over the service's own table (docs/leaving-care.md §2.2): young people bulk-loaded as the
/// events would have left them (never evaluated), then the sweep for a day (every one claimed, evaluated and marked, the
/// changes stored) and the announcements (each change queued in the outbox, no quiet period), and again the same day
/// (nothing left), for the baseline and the national population.
/// </summary>
public static class DailySweep
{
    public sealed record Figures(int People, int Evaluated, int Changed, TimeSpan First, TimeSpan Again);

    public static async Task<Figures> MeasureAsync(IServiceProvider services, NpgsqlDataSource data, IReadOnlyList<CareHistory> people, DateOnly on)
    {
        await ExecuteAsync(data, "TRUNCATE young_people, care_leaver_statuses, outbox_messages CASCADE");
        await SeedAsync(data, people);
        await ExecuteAsync(data, "VACUUM ANALYZE young_people");

        var watch = Stopwatch.StartNew();
        var (evaluated, changed) = await SweepAsync(services, on);
        var first = watch.Elapsed;
        watch.Restart();
        await SweepAsync(services, on);
        return new Figures(people.Count, evaluated, changed, first, watch.Elapsed);
    }

    private static async Task<(int, int)> SweepAsync(IServiceProvider services, DateOnly on)
    {
        await using var scope = services.CreateAsyncScope();
        var swept = await scope.ServiceProvider.GetRequiredService<StatusSweep>().RunAsync(on, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<StatusAnnouncements>().RunAsync(CancellationToken.None);
        return swept;
    }

    /// <summary>Each person's episodes as the facts the events give (each episode its own period, the end with its reason), by binary COPY.</summary>
    private static async Task SeedAsync(NpgsqlDataSource data, IReadOnlyList<CareHistory> people)
    {
        var at = DateTimeOffset.UtcNow;
        await using var connection = await data.OpenConnectionAsync();
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY young_people (id, given_name, family_name, date_of_birth, changes, category, in_education_or_training, updated_at) FROM STDIN (FORMAT BINARY)");
        foreach (var person in people)
        {
            var changes = person.Episodes.SelectMany(e =>
            {
                var period = Guid.NewGuid();
                return e.Ended is { } ended
                    ? new[] { CareChange.Began(period, e.Started, e.LegalStatus, at), CareChange.Ended(period, ended, e.ReasonEnded ?? "E4A", at) }
                    : [CareChange.Began(period, e.Started, e.LegalStatus, at)];
            }).ToList();
            await copy.StartRowAsync();
            await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await copy.WriteAsync("Synthetic", NpgsqlDbType.Varchar);
            await copy.WriteAsync("Young person", NpgsqlDbType.Varchar);
            await copy.WriteAsync(person.DateOfBirth, NpgsqlDbType.Date);
            await copy.WriteAsync(CareChangesJson.Write(changes), NpgsqlDbType.Jsonb);
            await copy.WriteAsync("none", NpgsqlDbType.Varchar);
            await copy.WriteAsync(false, NpgsqlDbType.Boolean);
            await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
        }
        await copy.CompleteAsync();
    }

    private static async Task ExecuteAsync(NpgsqlDataSource data, string sql)
    {
        await using var command = data.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public static void Print(Figures small, Figures large)
    {
        static double PerPerson(TimeSpan time, int people) => time.TotalMicroseconds / people;
        Console.WriteLine();
        Console.WriteLine("The daily status sweep (StatusSweep.RunAsync over PostgreSQL: claimed 1,000 at a time FOR UPDATE SKIP LOCKED, evaluated,");
        Console.WriteLine("changes stored, then each announced through the outbox), first run of the day and again the same day.");
        Benchmark.PrintTable(
        [
            ["measure", "national", "baseline", "ratio"],
            ["young people evaluated / changed", $"{large.Evaluated:N0} / {large.Changed:N0}", $"{small.Evaluated:N0} / {small.Changed:N0}", "-"],
            ["first sweep of the day, s", $"{large.First.TotalSeconds:N2}", $"{small.First.TotalSeconds:N3}", "-"],
            ["first sweep, µs per young person", $"{PerPerson(large.First, large.People):N1}", $"{PerPerson(small.First, small.People):N1}",
                $"{PerPerson(large.First, large.People) / PerPerson(small.First, small.People):0.00}"],
            ["again the same day, ms", $"{large.Again.TotalMilliseconds:N1}", $"{small.Again.TotalMilliseconds:N1}", "-"],
        ]);
    }
}
