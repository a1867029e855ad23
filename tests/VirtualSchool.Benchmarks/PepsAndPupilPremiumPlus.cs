extern alias VirtualSchoolApi;

using System.Diagnostics;
using CorporateParenting.Testing.Benchmarks;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using VirtualSchool.Domain.PupilPremiumPlus;
using VirtualSchoolApi::VirtualSchool.Api.Infrastructure;
using VirtualSchoolApi::VirtualSchool.Api.Queries;

namespace VirtualSchool.Benchmarks;

/// <summary>
/// PEP timeliness and the PP+ year's totals for a small cohort (the baseline) and a national one, in the same run, by the
/// service's own handlers over rows bulk-loaded as the service would hold them: three PEPs a pupil over 2025/26 (most
/// completed on time, some late, some still open), and a 2025-26 ledger with the grant, an allocation and a payment per
/// pupil. Goal (issue 14): the cost per child at national scale at most 1.2 times the baseline's.
/// </summary>
public static class PepsAndPupilPremiumPlus
{
    private static readonly DateOnly On = new(2026, 7, 15);
    private static readonly FinancialYear Year = new(2025);

    public static async Task RunAsync(IServiceProvider services, NpgsqlDataSource data, IReadOnlyList<int> cohorts, int seed)
    {
        List<string[]> rows = [["pupils", "PEPs", "timeliness ms", "µs per child", "PP+ postings", "year totals ms", "µs per child"]];
        var perChild = new List<(double Peps, double Ledger)>();
        foreach (var pupils in cohorts)
        {
            await ExecuteAsync(data, "TRUNCATE peps, pep_history, ppp_postings, ppp_balances, ppp_pupils, ppp_years CASCADE");
            long peps = await SeedPepsAsync(data, pupils, seed);
            int postings = await SeedLedgerAsync(data, pupils);
            await ExecuteAsync(data, "VACUUM ANALYZE peps");
            await ExecuteAsync(data, "VACUUM ANALYZE ppp_postings");

            var timeliness = await BestOfAsync(3, async () =>
            {
                await using var scope = services.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<GetPepTimelinessHandler>()
                    .HandleAsync(new PepTimelinessQuery(PepTimelinessQuery.YearToDate, On), CancellationToken.None);
                return result.Due;
            });
            var totals = await BestOfAsync(3, async () =>
            {
                await using var scope = services.CreateAsyncScope();
                var year = await scope.ServiceProvider.GetRequiredService<GetPupilPremiumPlusHandler>().YearAsync(Year, null, CancellationToken.None);
                return (int)year.Paid;
            });
            perChild.Add((timeliness.TotalMicroseconds / pupils, totals.TotalMicroseconds / pupils));
            rows.Add([$"{pupils:N0}", $"{peps:N0}", $"{timeliness.TotalMilliseconds:N1}", $"{perChild[^1].Peps:N2}",
                $"{postings:N0}", $"{totals.TotalMilliseconds:N1}", $"{perChild[^1].Ledger:N2}"]);
        }

        Console.WriteLine("PEP timeliness (year to date, GetPepTimelinessHandler) and the PP+ year's totals (GetPupilPremiumPlusHandler: the postings");
        Console.WriteLine("read, replayed and checked by the domain ledger, totalled), best of 3. Goal: cost per child at national scale <= 1.2x the baseline's.");
        Benchmark.PrintTable(rows);
        if (perChild.Count > 1)
        {
            Console.WriteLine($"ratio per child, largest / first cohort: PEP timeliness {perChild[^1].Peps / perChild[0].Peps:0.00}, " +
                $"PP+ year totals {perChild[^1].Ledger / perChild[0].Ledger:0.00}");
        }
    }

    private static async Task<long> SeedPepsAsync(NpgsqlDataSource data, int pupils, int seed)
    {
        var random = new Random(seed);
        var dues = new[] { new DateOnly(2025, 10, 17), new DateOnly(2026, 2, 13), new DateOnly(2026, 6, 19) };
        var now = DateTimeOffset.UtcNow;
        long count = 0;
        await using var connection = await data.OpenConnectionAsync();
        using var copy = connection.BeginBinaryImport(
            "COPY peps (id, pupil_id, occasion, form, kind, status, due_on, content, completed_on, created_by, created_at, updated_at, version) FROM STDIN (FORMAT BINARY)");
        for (int pupil = 0; pupil < pupils; pupil++)
        {
            foreach (var due in dues)
            {
                int roll = random.Next(100);
                DateOnly? completed = roll < 85 ? due.AddDays(-random.Next(0, 10)) : roll < 92 ? due.AddDays(random.Next(1, 20)) : null;
                copy.StartRow();
                copy.Write(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                copy.Write(SyntheticMarks.Id(pupil), NpgsqlDbType.Uuid);
                copy.Write("termly-review", NpgsqlDbType.Varchar);
                copy.Write("school-age", NpgsqlDbType.Varchar);
                copy.Write("termly-review", NpgsqlDbType.Varchar);
                copy.Write(completed is null ? "draft" : "completed", NpgsqlDbType.Varchar);
                copy.Write(due, NpgsqlDbType.Date);
                copy.Write("{}", NpgsqlDbType.Jsonb);
                if (completed is { } day)
                {
                    copy.Write(day, NpgsqlDbType.Date);
                }
                else
                {
                    copy.WriteNull();
                }
                copy.Write("benchmark", NpgsqlDbType.Varchar);
                copy.Write(now, NpgsqlDbType.TimestampTz);
                copy.Write(now, NpgsqlDbType.TimestampTz);
                copy.Write(1, NpgsqlDbType.Integer);
                count++;
            }
        }
        copy.Complete();
        return count;
    }

    /// <summary>The year's postings made by the domain ledger itself, so the replay checks real postings: the grant, then an allocation and a payment per pupil.</summary>
    private static async Task<int> SeedLedgerAsync(NpgsqlDataSource data, int pupils)
    {
        var rate = PupilPremiumPlusRates.Default.For(Year).PerChild;
        var ledger = new PupilPremiumPlusLedger(Year, rate);
        var audit = new LedgerAudit("benchmark", DateTimeOffset.UtcNow, "benchmark");
        var postings = new List<LedgerPosting> { ledger.ReceiveGrant(rate * pupils, audit) };
        for (int pupil = 0; pupil < pupils; pupil++)
        {
            var allocation = Guid.CreateVersion7();
            postings.Add(ledger.Allocate(allocation, SyntheticMarks.Id(pupil), SyntheticMarks.Urn, [Guid.CreateVersion7()], Money.FromPounds(1_500), audit));
            postings.Add(ledger.Pay(allocation, Money.FromPounds(400), audit));
        }

        await ExecuteAsync(data, $"""
            INSERT INTO ppp_years (financial_year, rate_pence, retained_per_child_pence, default_pupil_budget_pence, eligible_pupils, opened_by, opened_at)
            VALUES ('{Year.Name}', {rate.Pence}, 0, {rate.Pence}, {pupils}, 'benchmark', now())
            """);
        await using var connection = await data.OpenConnectionAsync();
        using var copy = connection.BeginBinaryImport(
            "COPY ppp_postings (financial_year, number, kind, allocation_id, pupil_id, urn, posting, posted_by, posted_at) FROM STDIN (FORMAT BINARY)");
        foreach (var posting in postings)
        {
            var allocation = posting.Allocation;
            copy.StartRow();
            copy.Write(Year.Name, NpgsqlDbType.Varchar);
            copy.Write(posting.Number, NpgsqlDbType.Integer);
            copy.Write(posting.Kind.ToString(), NpgsqlDbType.Varchar);
            WriteOrNull(copy, allocation?.Id, NpgsqlDbType.Uuid);
            WriteOrNull(copy, allocation?.PupilId, NpgsqlDbType.Uuid);
            WriteOrNull(copy, allocation?.Urn, NpgsqlDbType.Varchar);
            copy.Write(PupilPremiumPlusBook.Serialize(posting), NpgsqlDbType.Jsonb);
            copy.Write("benchmark", NpgsqlDbType.Varchar);
            copy.Write(posting.Audit.At, NpgsqlDbType.TimestampTz);
        }
        copy.Complete();
        return postings.Count;
    }

    private static void WriteOrNull<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, type);
        }
    }

    private static async Task<TimeSpan> BestOfAsync<T>(int runs, Func<Task<T>> run)
    {
        await run(); // warm-up
        var best = TimeSpan.MaxValue;
        for (int i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }
        return best;
    }

    private static async Task ExecuteAsync(NpgsqlDataSource data, string sql)
    {
        await using var command = data.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }
}
