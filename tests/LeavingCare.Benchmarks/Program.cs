extern alias LeavingCareApi;

using System.Diagnostics;
using CorporateParenting.Infrastructure;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Data;
using CorporateParenting.Testing.Benchmarks;
using LeavingCare.Benchmarks;
using LeavingCare.Domain.Status;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using LeavingCareApi::LeavingCare.Api.Infrastructure;
using LeavingCareApi::LeavingCare.Api.Options;
using LeavingCareApi::LeavingCare.Api.Sweeps;

// Care leaver status for a national population (about 45,000 aged 15 to 25 with full histories) beside a small one, in
// the same run: the cost per young person of the status on one day (what the daily sweep evaluates) and of a year of days
// (what a status history or a backdated correction evaluates), then the daily sweep over the service's own PostgreSQL
// table. Goal (issue 15): national at most 1.2 times the baseline per young person. --sweep 0 skips the database part.
var population = Option("--population", 45_000);
var baseline = Option("--baseline", 1_000);
var seed = Option("--seed", 1);
var on = new DateOnly(2026, 12, 1);

Measure(SyntheticCareLeavers.Generate(2_000, seed + 99, on), 3); // warm-up: the JIT settles before either cohort is timed
var small = Measure(SyntheticCareLeavers.Generate(baseline, seed, on), 5);
var large = Measure(SyntheticCareLeavers.Generate(population, seed + 1, on), 5);

Console.WriteLine($"Care leaver status on {on:yyyy-MM-dd} (CareLeaverStatus.On): one day best of 50, a year best of 5; seed {seed}.");
Benchmark.PrintTable(
[
    ["measure", "national", "baseline", "ratio"],
    ["young people", $"{population:N0}", $"{baseline:N0}", $"{(double)population / baseline:0.0}"],
    ["episodes", $"{large.Episodes:N0}", $"{small.Episodes:N0}", $"{(double)large.Episodes / small.Episodes:0.0}"],
    ["one day, all (the daily sweep's evaluation), ms", $"{large.Day.TotalMilliseconds:N1}", $"{small.Day.TotalMilliseconds:N2}", "-"],
    ["one day, µs per young person", $"{PerPerson(large.Day, population):N3}", $"{PerPerson(small.Day, baseline):N3}",
        $"{PerPerson(large.Day, population) / PerPerson(small.Day, baseline):0.00}"],
    ["a year of days, µs per young person", $"{PerPerson(large.Year, population):N1}", $"{PerPerson(small.Year, baseline):N1}",
        $"{PerPerson(large.Year, population) / PerPerson(small.Year, baseline):0.00}"],
    ["bytes allocated per young person per day", $"{large.BytesPerEvaluation:N0}", $"{small.BytesPerEvaluation:N0}",
        small.BytesPerEvaluation == 0 ? (large.BytesPerEvaluation == 0 ? "none either side" : "-") : $"{(double)large.BytesPerEvaluation / small.BytesPerEvaluation:0.00}"],
]);
Console.WriteLine("categories on the day (national): " + string.Join(", ", large.Categories.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value:N0}")));
Console.WriteLine("goal: the cost per young person at national scale at most 1.2 times the baseline's (the ratios above).");

if (Option("--sweep", 1) != 0)
{
    await using var infrastructure = await Benchmark.StartInfrastructureAsync(ResourceNames.LeavingCareDb);
    var connectionString = infrastructure.ConnectionStringFor(ResourceNames.LeavingCareDb);
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
    {
        Args = [$"--ConnectionStrings:{ResourceNames.LeavingCareDb}={connectionString}"],
        ContentRootPath = Path.Combine(RepositoryRoot.Find(), "services", "LeavingCare", "LeavingCare.Api"),
    });
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    // The service's appsettings.json would log its start-up; EF's probe for the migrations table on a new database "fails" by design.
    builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
    builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
    builder.AddServiceDatabase<LeavingCareDbContext>(ResourceNames.LeavingCareDb);
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddScoped<StatusSweep>();
    builder.Services.AddScoped<StatusAnnouncements>();
    builder.Services.Configure<StatusAnnouncementOptions>(options => options.Quiet = TimeSpan.Zero);
    using var host = builder.Build();
    await host.StartAsync(); // migrations
    await using var data = NpgsqlDataSource.Create(connectionString);

    await DailySweep.MeasureAsync(host.Services, data, SyntheticCareLeavers.Generate(1_000, seed + 99, on), on); // warm-up
    var smallSweep = await DailySweep.MeasureAsync(host.Services, data, SyntheticCareLeavers.Generate(baseline, seed, on), on);
    var largeSweep = await DailySweep.MeasureAsync(host.Services, data, SyntheticCareLeavers.Generate(population, seed + 1, on), on);
    DailySweep.Print(smallSweep, largeSweep);
    await host.StopAsync();
}
return 0;

static double PerPerson(TimeSpan time, int people) => time.TotalMicroseconds / people;

Result Measure(IReadOnlyList<CareHistory> people, int repeats)
{
    var categories = new Dictionary<CareLeaverCategory, int>();
    TimeSpan day = TimeSpan.MaxValue, year = TimeSpan.MaxValue;
    long bytes = 0;
    // The day's evaluation takes milliseconds: best of many runs, so a busy moment on a shared machine does not decide it.
    for (var r = 0; r < repeats * 10; r++)
    {
        categories.Clear();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        foreach (var person in people)
        {
            var category = CareLeaverStatus.On(person, on);
            categories[category] = categories.GetValueOrDefault(category) + 1;
        }
        day = Min(day, watch.Elapsed);
        bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / people.Count;
    }

    for (var r = 0; r < repeats; r++)
    {
        var watch = Stopwatch.StartNew();
        var changes = 0;
        foreach (var person in people)
        {
            var previous = CareLeaverCategory.None;
            for (var d = on.AddDays(-364); d <= on; d = d.AddDays(1))
            {
                var category = CareLeaverStatus.On(person, d);
                changes += category != previous ? 1 : 0;
                previous = category;
            }
        }
        year = Min(year, watch.Elapsed);
        GC.KeepAlive(changes);
    }
    return new Result(day, year, bytes, people.Sum(p => p.Episodes.Count), categories);
}

static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
}

internal sealed record Result(TimeSpan Day, TimeSpan Year, long BytesPerEvaluation, int Episodes, Dictionary<CareLeaverCategory, int> Categories);
