extern alias VirtualSchoolApi;

using System.Diagnostics;
using CorporateParenting.Infrastructure;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Data;
using CorporateParenting.Testing.Benchmarks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using VirtualSchool.Benchmarks;
using VirtualSchool.Domain.Terms;
using VirtualSchoolApi::VirtualSchool.Api;
using VirtualSchoolApi::VirtualSchool.Api.Feed;
using VirtualSchoolApi::VirtualSchool.Api.Infrastructure;
using VirtualSchoolApi::VirtualSchool.Api.Queries;
using VirtualSchool.Domain.Peps;

// The attendance feed at national scale (issue 13): every looked-after pupil of school age in England (about 60,000),
// two sessions a school day, through the import pipeline beside a raw binary COPY of the same rows into an equivalent
// table, in the same run. --days takes a list: 1,10 is a national day and ten; 190 is a national school year (~23M rows).
// Then the cohort measures over --year-days school days (190 by default) and the alerts of the national day after them.
var pupils = Option("--pupils", 60_000);
var dayCounts = (Arg("--days") ?? "1,10").Split(',').Select(int.Parse).ToArray();
var seed = Option("--seed", 1);

await using var infrastructure = await Benchmark.StartInfrastructureAsync(ResourceNames.VirtualSchoolDb);
var connectionString = infrastructure.ConnectionStringFor(ResourceNames.VirtualSchoolDb);
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = [$"--ConnectionStrings:{ResourceNames.VirtualSchoolDb}={connectionString}"],
    ContentRootPath = Path.Combine(RepositoryRoot.Find(), "services", "VirtualSchool", "VirtualSchool.Api"),
});
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.AddServiceDatabase<VirtualSchoolDbContext>(ResourceNames.VirtualSchoolDb);
builder.AddAttendanceRules();
// What PEP timeliness and the PP+ reports read, without the sweeps (they would act on the seeded pupils).
builder.Services.AddOptions<PepTimelinessOptions>().BindConfiguration(PepTimelinessOptions.Section);
builder.Services.AddScoped<GetPepTimelinessHandler>();
builder.Services.AddScoped<PupilPremiumPlusBook>();
builder.Services.AddScoped<GetPupilPremiumPlusHandler>();
using var host = builder.Build();
await host.StartAsync(); // migrations

var calendar = host.Services.GetRequiredService<SchoolTermCalendar>();
var schoolDays = calendar.SchoolDays(new DateOnly(2025, 9, 1), new DateOnly(2026, 8, 31)).ToList();
await using var data = NpgsqlDataSource.Create(connectionString);
await SeedPupilsAsync(data, pupils);
await Execute(data, """
    CREATE TABLE bench_marks (LIKE attendance_marks INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)
    """);
Console.WriteLine($"{pupils:N0} pupils; school days of 2025/26: {schoolDays.Count}; seed {seed}; process working set at start {Mb(Process.GetCurrentProcess().WorkingSet64)}");

// Both paths once on a small file first, so that neither figure carries the process's first-call costs (JIT, EF's model).
await Execute(data, "TRUNCATE attendance_marks, attendance_mark_history, attendance_rejections, attendance_file_schools, exclusions, attendance_files, bench_marks");
await RawCopyAsync(data, 1_000, schoolDays.Take(1).ToList(), seed);
await ImportAsync(host.Services, 1_000, schoolDays.Take(1).ToList(), seed);

List<string[]> rows = [["days", "rows", "import rows/s", "raw COPY rows/s", "ratio", "peak working set before", "peak working set after"]];
foreach (var count in dayCounts)
{
    var days = schoolDays.Take(count).ToList();
    await Execute(data, "TRUNCATE attendance_marks, attendance_mark_history, attendance_rejections, attendance_file_schools, exclusions, attendance_files, bench_marks");

    var copy = await RawCopyAsync(data, pupils, days, seed);
    GC.Collect();
    var peakBefore = Process.GetCurrentProcess().PeakWorkingSet64;
    var import = await ImportAsync(host.Services, pupils, days, seed);
    var peakAfter = Process.GetCurrentProcess().PeakWorkingSet64;

    rows.Add([$"{count}", $"{import.Rows:N0}", $"{import.Rows / import.Elapsed.TotalSeconds:N0}", $"{copy.Rows / copy.Elapsed.TotalSeconds:N0}",
        $"{copy.Elapsed.TotalSeconds / import.Elapsed.TotalSeconds:0.00}", Mb(peakBefore), Mb(peakAfter)]);
    Console.WriteLine(string.Join("  ", rows[^1]));
}

Console.WriteLine();
Console.WriteLine("Upload path (CSV streamed, parsed, validated, staged by binary COPY, merged with history) beside a raw binary COPY of the same rows");
Console.WriteLine("into an equivalent table (bench_marks: attendance_marks' columns, key and indexes). Goal: ratio >= 0.5; peak working set flat.");
Benchmark.PrintTable(rows);

// PEP timeliness and the PP+ year's totals, a small cohort beside a national one (issue 14). --pep-cohorts 0 leaves them out.
var pepCohorts = (Arg("--pep-cohorts") ?? $"1000,{pupils}").Split(',').Select(int.Parse).Where(n => n > 0).Select(n => Math.Min(n, pupils)).ToList();
if (pepCohorts.Count > 0)
{
    Console.WriteLine();
    await PepsAndPupilPremiumPlus.RunAsync(host.Services, data, pepCohorts, seed);
}

// The cohort measures over a national school year beside a plain SQL aggregate, and the alerts a national day raises.
// --year-days 0 leaves them out; fewer days (or --pupils) scale them down.
var yearDays = Option("--year-days", 190);
if (yearDays > 1)
{
    Console.WriteLine();
    await MeasuresAndAlerts.RunAsync(connectionString, data, pupils, schoolDays.Take(yearDays).ToList(), seed);
}
return 0;

static async Task<(long Rows, TimeSpan Elapsed)> ImportAsync(IServiceProvider services, int pupils, IReadOnlyList<DateOnly> days, int seed)
{
    await using var scope = services.CreateAsyncScope();
    var import = scope.ServiceProvider.GetRequiredService<AttendanceImport>();
    await using var file = new SyntheticFeedStream(SyntheticMarks.For(pupils, days, seed));
    var clock = Stopwatch.StartNew();
    var outcome = await import.ImportAsync(file, new FeedSender("benchmark", null, "benchmark", $"{days.Count}-days.csv"), null, CancellationToken.None);
    clock.Stop();
    if (outcome.Report.RowsAccepted != file.Rows)
    {
        throw new InvalidOperationException($"{outcome.Report.RowsRejected} rows refused, e.g. {outcome.Report.Rejections.FirstOrDefault()}");
    }
    return (file.Rows, clock.Elapsed);
}

static async Task<(long Rows, TimeSpan Elapsed)> RawCopyAsync(NpgsqlDataSource data, int pupils, IReadOnlyList<DateOnly> days, int seed)
{
    var clock = Stopwatch.StartNew();
    await using var connection = await data.OpenConnectionAsync();
    await using var transaction = await connection.BeginTransactionAsync();
    long count = 0;
    var now = DateTimeOffset.UtcNow;
    var fileId = Guid.NewGuid();
    // Synchronous writes, as the import's staging does: per-field async calls only add overhead to a buffered writer.
    using (var copy = connection.BeginBinaryImport(
        "COPY bench_marks (pupil_id, date, session, code, urn, source, file_id, sent_by, received_at) FROM STDIN (FORMAT BINARY)"))
    {
        foreach (var (pupil, day, session, code) in SyntheticMarks.For(pupils, days, seed))
        {
            copy.StartRow();
            copy.Write(SyntheticMarks.Id(pupil), NpgsqlDbType.Uuid);
            copy.Write(day, NpgsqlDbType.Date);
            copy.Write(session, NpgsqlDbType.Smallint);
            copy.Write(code, NpgsqlDbType.Text);
            copy.Write(SyntheticMarks.Urn, NpgsqlDbType.Text);
            copy.Write("benchmark", NpgsqlDbType.Text);
            copy.Write(fileId, NpgsqlDbType.Uuid);
            copy.Write("benchmark", NpgsqlDbType.Text);
            copy.Write(now, NpgsqlDbType.TimestampTz);
            count++;
        }
        copy.Complete();
    }
    await transaction.CommitAsync();
    return (count, clock.Elapsed);
}

static async Task SeedPupilsAsync(NpgsqlDataSource data, int pupils)
{
    await using var connection = await data.OpenConnectionAsync();
    var now = DateTimeOffset.UtcNow;
    await using var copy = await connection.BeginBinaryImportAsync("""
        COPY pupils (id, responsibility, given_name, family_name, date_of_birth, upn, placement_authority_code, is_out_of_area,
                     is_current, details_version, placement_version, care_version, updated_at) FROM STDIN (FORMAT BINARY)
        """);
    for (int pupil = 0; pupil < pupils; pupil++)
    {
        await copy.StartRowAsync();
        await copy.WriteAsync(SyntheticMarks.Id(pupil), NpgsqlDbType.Uuid);
        await copy.WriteAsync(PupilRow.Ours, NpgsqlDbType.Text);
        await copy.WriteAsync("Pupil", NpgsqlDbType.Text);
        await copy.WriteAsync($"Number {pupil}", NpgsqlDbType.Text);
        await copy.WriteAsync(new DateOnly(2014, 1, 1).AddDays(pupil % 3650), NpgsqlDbType.Date);
        await copy.WriteAsync(SyntheticMarks.Upn(pupil), NpgsqlDbType.Text);
        await copy.WriteAsync("E06000015", NpgsqlDbType.Text);
        await copy.WriteAsync(false, NpgsqlDbType.Boolean);
        await copy.WriteAsync(true, NpgsqlDbType.Boolean);
        await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
        await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
        await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
        await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
    }
    await copy.CompleteAsync();
}

static async Task Execute(NpgsqlDataSource data, string sql)
{
    await using var command = data.CreateCommand(sql);
    command.CommandTimeout = 0;
    await command.ExecuteNonQueryAsync();
}

static string Mb(long bytes) => $"{bytes / (1024.0 * 1024):N0} MB";

string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

int Option(string name, int fallback) => Arg(name) is { } value ? int.Parse(value) : fallback;
