extern alias VirtualSchoolApi;

using System.Diagnostics;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Data;
using CorporateParenting.Testing.Benchmarks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using VirtualSchool.Domain.Terms;
using VirtualSchoolApi::VirtualSchool.Api;
using VirtualSchoolApi::VirtualSchool.Api.Alerts;
using VirtualSchoolApi::VirtualSchool.Api.Feed;
using VirtualSchoolApi::VirtualSchool.Api.Infrastructure;
using VirtualSchoolApi::VirtualSchool.Api.Queries;

namespace VirtualSchool.Benchmarks;

/// <summary>
/// What the Virtual School sees, at national scale (issue 13): a national school year of marks (every school day but
/// the last, loaded by binary COPY), the cohort measures over it beside a plain SQL aggregate of the same rows in the
/// same run (goal: within 2×), then the last day imported through the feed on that day's clock, with the alerts it
/// raises timed and counted, and the events queued for publication counted by type.
/// </summary>
public static class MeasuresAndAlerts
{
    private const string PerPupilSql =
        "SELECT pupil_id, code, count(*)::int FROM attendance_marks WHERE date BETWEEN @from AND @to GROUP BY pupil_id, code";

    private const string PerCodeSql =
        "SELECT code, count(*)::int FROM attendance_marks WHERE date BETWEEN @from AND @to GROUP BY code";

    public static async Task RunAsync(string connectionString, NpgsqlDataSource data, int pupils, IReadOnlyList<DateOnly> year, int seed)
    {
        var day = year[^1];
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [$"--ConnectionStrings:{ResourceNames.VirtualSchoolDb}={connectionString}", "--VirtualSchool:Measures:DefaultPeriod=SchoolYearToDate"],
            ContentRootPath = Path.Combine(CorporateParenting.Infrastructure.RepositoryRoot.Find(), "services", "VirtualSchool", "VirtualSchool.Api"),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The national day's own clock, at noon: its marks are today's, its measures the school year's to date.
        builder.Services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));
        builder.AddServiceDatabase<VirtualSchoolDbContext>(ResourceNames.VirtualSchoolDb);
        builder.AddAttendanceRules();
        builder.Services.RemoveAll<IMarksChangedHandler>();
        builder.Services.AddScoped<TimedAlerts>();
        builder.Services.AddScoped<IMarksChangedHandler>(services => services.GetRequiredService<TimedAlerts>());
        builder.Services.AddScoped<AttendanceAlerts>();
        builder.Services.AddScoped<GetCohortMeasuresHandler>();
        using var host = builder.Build();
        await host.StartAsync();

        await Execute(data, "TRUNCATE attendance_marks, attendance_mark_history, attendance_rejections, attendance_file_schools, exclusions, attendance_files, attendance_alerts, outbox_messages");
        var loading = Stopwatch.StartNew();
        var loaded = await CopyMarksAsync(data, pupils, year.Take(year.Count - 1).ToList(), seed);
        await Execute(data, "VACUUM ANALYZE attendance_marks");
        Console.WriteLine($"{loaded:N0} marks of {year.Count - 1} school days loaded by binary COPY in {loading.Elapsed.TotalSeconds:N0} s");

        var (from, to) = (year[0], year[^2]);
        var measures = await BestOfAsync(3, async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<GetCohortMeasuresHandler>().HandleAsync(MeasurePeriodKind.SchoolYearToDate, to, CancellationToken.None);
        });
        var perPupil = await BestOfAsync(3, () => ReadAllAsync(data, PerPupilSql, from, to));
        var perCode = await BestOfAsync(3, () => ReadAllAsync(data, PerCodeSql, from, to));
        var ours = measures.Result.Ours;
        Console.WriteLine($"Cohort measures {measures.Result.Period.Name} to {to:yyyy-MM-dd}: {ours.Pupils:N0} pupils, {ours.Sessions.Possible:N0} possible sessions, " +
            $"attendance {Percentages.OneDecimal(ours.Sessions.AttendanceRate)}%, persistently absent {ours.PersistentlyAbsent:N0}, severely absent {ours.SeverelyAbsent:N0}");

        var import = Stopwatch.StartNew();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await using var file = new SyntheticFeedStream(SyntheticMarks.For(pupils, [day], seed + 1));
            var outcome = await scope.ServiceProvider.GetRequiredService<AttendanceImport>()
                .ImportAsync(file, new FeedSender("benchmark", null, "benchmark", $"{day:yyyy-MM-dd}.csv"), null, CancellationToken.None);
            import.Stop();
            var alerts = scope.ServiceProvider.GetRequiredService<TimedAlerts>();
            var db = scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>();
            var queued = await db.Set<OutboxMessage>().GroupBy(m => m.MessageType).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            Benchmark.PrintTable(
            [
                ["figure", "seconds", "rows or alerts"],
                ["cohort measures (per pupil and code in SQL, folded through the codes)", $"{measures.Elapsed.TotalSeconds:N2}", $"{loaded:N0} marks"],
                ["plain SQL aggregate per pupil and code, every row read", $"{perPupil.Elapsed.TotalSeconds:N2}", $"{perPupil.Result:N0} groups"],
                ["plain SQL aggregate per code", $"{perCode.Elapsed.TotalSeconds:N2}", $"{perCode.Result:N0} groups"],
                ["ratio measures / per-pupil aggregate (goal <= 2)", $"{measures.Elapsed / perPupil.Elapsed:0.00}", ""],
                [$"national day {day:yyyy-MM-dd} imported, alerts included", $"{import.Elapsed.TotalSeconds:N2}", $"{outcome.Report.RowsAccepted:N0} marks"],
                ["  of which the alerts", $"{alerts.Elapsed.TotalSeconds:N2}",
                    $"{alerts.Raised?.UnauthorisedAbsences:N0} unauthorised, {alerts.Raised?.PersistentAbsences:N0} persistent, {alerts.Raised?.SevereAbsences:N0} severe"],
                .. queued.OrderBy(q => q.Key).Select(q => new[] { $"  queued {q.Key[(q.Key.LastIndexOf('.') + 1)..]}", "", $"{q.Count:N0}" }),
            ]);
        }

        await host.StopAsync();
    }

    private static async Task<(T Result, TimeSpan Elapsed)> BestOfAsync<T>(int runs, Func<Task<T>> run)
    {
        (T Result, TimeSpan Elapsed) best = (default!, TimeSpan.MaxValue);
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var result = await run();
            if (clock.Elapsed < best.Elapsed)
            {
                best = (result, clock.Elapsed);
            }
        }

        return best;
    }

    private static async Task<long> ReadAllAsync(NpgsqlDataSource data, string sql, DateOnly from, DateOnly to)
    {
        await using var command = data.CreateCommand(sql);
        command.CommandTimeout = 0;
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("from", from));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("to", to));
        await using var reader = await command.ExecuteReaderAsync();
        long groups = 0;
        while (await reader.ReadAsync())
        {
            _ = reader.GetInt32(reader.FieldCount - 1);
            groups++;
        }

        return groups;
    }

    private static async Task<long> CopyMarksAsync(NpgsqlDataSource data, int pupils, IReadOnlyList<DateOnly> days, int seed)
    {
        await using var connection = await data.OpenConnectionAsync();
        var now = DateTimeOffset.UtcNow;
        long count = 0;
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY attendance_marks (pupil_id, date, session, code, urn, source, sent_by, received_at) FROM STDIN (FORMAT BINARY)");
        copy.Timeout = Timeout.InfiniteTimeSpan;
        foreach (var (pupil, day, session, code) in SyntheticMarks.For(pupils, days, seed))
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(SyntheticMarks.Id(pupil), NpgsqlDbType.Uuid);
            await copy.WriteAsync(day, NpgsqlDbType.Date);
            await copy.WriteAsync(session, NpgsqlDbType.Smallint);
            await copy.WriteAsync(code, NpgsqlDbType.Text);
            await copy.WriteAsync(SyntheticMarks.Urn, NpgsqlDbType.Text);
            await copy.WriteAsync("benchmark", NpgsqlDbType.Text);
            await copy.WriteAsync("benchmark", NpgsqlDbType.Text);
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            count++;
        }

        await copy.CompleteAsync();
        return count;
    }

    private static async Task Execute(NpgsqlDataSource data, string sql)
    {
        await using var command = data.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>The import's alert pass, timed, with what it raised.</summary>
    private sealed class TimedAlerts(AttendanceAlerts alerts) : IMarksChangedHandler
    {
        public TimeSpan Elapsed { get; private set; }

        public AlertsRaised? Raised { get; private set; }

        public async Task HandleAsync(ImportedMarks marks, VirtualSchoolDbContext db, CancellationToken cancellationToken)
        {
            var clock = Stopwatch.StartNew();
            Raised = await alerts.RaiseAsync(db, cancellationToken);
            Elapsed = clock.Elapsed;
        }
    }
}
