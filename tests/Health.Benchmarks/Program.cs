extern alias HealthApi;

using System.Diagnostics;
using CorporateParenting.Health.V1;
using CorporateParenting.Infrastructure;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using CorporateParenting.Testing.Benchmarks;
using Grpc.Core;
using Grpc.Net.Client;
using Health.Benchmarks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HealthApi::Health.Api.Infrastructure;
using HealthApi::Health.Api.Sweeps;

// National-scale figures for the Health service, each beside a baseline measured in the same run.
var children = Option("--children", 84_000);
var baselineChildren = Option("--baseline", 1_000);
var seed = Option("--seed", 1);
var worklistCalls = Option("--worklist-calls", 200);
const int WarmUpChildren = 300;
const string SigningKey = "benchmark-only-development-signing-key-0123456789";
// The service dates the worklist by its own clock, so the cohort is dated by the same day.
var today = DateOnly.FromDateTime(DateTime.UtcNow);

await using var infrastructure = await Benchmark.StartInfrastructureAsync(ResourceNames.HealthDb);
var ports = FreePort.Pick(2);
using var host = new HealthHost(infrastructure.ConnectionStringFor(ResourceNames.HealthDb), infrastructure.RabbitMqUri, SigningKey, ports[0], ports[1]);
host.UseKestrel();
host.StartServer();
using (var http = new HttpClient { BaseAddress = host.HttpAddress })
{
    // Ready means migrated and connected to the broker, so the sweep's events can leave the outbox.
    await Eventually.ReturnsAsync(async () => (await http.GetAsync(Extensions.HealthPath)).IsSuccessStatusCode, ready => ready, "the Health service to report healthy");
}
using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
var client = new CorporateParenting.Health.V1.Health.HealthClient(channel);
Metadata As(string role) => new() { { "Authorization", $"Bearer {DevelopmentTokens.Create(SigningKey, "benchmark", [role])}" } };
var board = As(Roles.Board);
var nurse = As(Roles.Health);
var seeder = new CohortSeeder(host.Services);

Console.WriteLine($"Today {today:yyyy-MM-dd}; seed {seed}; baseline {baselineChildren:N0} children, then {children:N0}");
await WarmUpAsync();
// The baseline cohort is seeded and measured first, in the same database, before the national one exists (as in
// Placements.Benchmarks): the same server, service instance and caches, so the ratio shows what scale alone costs.
// The national figures then include the smaller cohorts' rows too, already swept.
var small = await MeasureAsync(seed, baselineChildren);
var large = await MeasureAsync(seed + 1, children);

List<string[]> rows =
[
    ["measure", "figure", "baseline", "ratio"],
    ["children", $"{children:N0}", $"{baselineChildren:N0}", Ratio(children, baselineChildren)],
    ["assessments / events / SDQs seeded", $"{large.Seed.Assessments:N0} / {large.Seed.Events:N0} / {large.Seed.Sdqs:N0}",
        $"{small.Seed.Assessments:N0} / {small.Seed.Events:N0} / {small.Seed.Sdqs:N0}", Ratio(large.Seed.Assessments, small.Seed.Assessments)],
    ["seeding, children/s (generate + binary COPY)", $"{large.Seed.ChildrenPerSecond:N0}", $"{small.Seed.ChildrenPerSecond:N0}", Ratio(large.Seed.ChildrenPerSecond, small.Seed.ChildrenPerSecond)],
    ["VACUUM (ANALYZE) after seeding, ms", Ms(large.Vacuum), Ms(small.Vacuum), Slower(large.Vacuum, small.Vacuum)],
    [$"overdue sweep, first run, ms ({large.FirstSweep.Result.MarkedOverdue:N0} marked, {large.FirstSweep.Result.PassportsOpened:N0} passports opened)",
        Ms(large.FirstSweep.Elapsed), $"{Ms(small.FirstSweep.Elapsed)} ({small.FirstSweep.Result.MarkedOverdue:N0} marked, {small.FirstSweep.Result.PassportsOpened:N0} opened)",
        Slower(large.FirstSweep.Elapsed, small.FirstSweep.Elapsed)],
    ["  its events on the broker (sweep start to empty outbox), ms", Ms(large.Published), Ms(small.Published), Slower(large.Published, small.Published)],
    ["overdue sweep, steady state (nothing left to mark), ms", Ms(large.SteadySweep), Ms(small.SteadySweep), Slower(large.SteadySweep, small.SteadySweep)],
    [$"GetMeasures 2026, median of 3, ms (cohort {large.Measures.Cohort:N0})", Ms(large.MeasuresElapsed),
        $"{Ms(small.MeasuresElapsed)} (cohort {small.Measures.Cohort:N0})", Slower(large.MeasuresElapsed, small.MeasuresElapsed)],
    [$"ListWorklist overdue, limit 200, p50 of {worklistCalls}, ms", $"{large.Worklist.P50:0.0}", $"{small.Worklist.P50:0.0}", Ratio(large.Worklist.P50, small.Worklist.P50)],
    [$"ListWorklist overdue, limit 200, p99 of {worklistCalls}, ms", $"{large.Worklist.P99:0.0}", $"{small.Worklist.P99:0.0}", Ratio(large.Worklist.P99, small.Worklist.P99)],
    ["peak working set of the process, MB", $"{large.PeakMb:N0}", $"{small.PeakMb:N0} (after the baseline)", Ratio(large.PeakMb, small.PeakMb)],
];
Benchmark.PrintTable(rows);
return 0;

// Not measured: a few hundred children of their own (seed + 2) swept, published, measured and listed, so the baseline
// does not pay for the process's first marking, first publish and first queries (JIT, EF and MassTransit set-up).
async Task WarmUpAsync()
{
    await seeder.SeedAsync(new SyntheticHealthCohort(seed + 2, today).Children(WarmUpChildren), today, CancellationToken.None);
    await SweepAsync();
    await OutboxEmptyAsync();
    await client.GetMeasuresAsync(new GetHealthMeasuresRequest { YearEnding = 2026 }, board);
    await client.ListWorklistAsync(new ListWorklistRequest { OverdueOnly = true, Limit = 200 }, nurse);
}

async Task<CohortFigures> MeasureAsync(int cohortSeed, int count)
{
    var seeded = await seeder.SeedAsync(new SyntheticHealthCohort(cohortSeed, today).Children(count), today, CancellationToken.None);
    Console.WriteLine($"Seeded {seeded.Children:N0} children in {seeded.Elapsed.TotalSeconds:0.0} s ({seeded.Copying.TotalSeconds:0.0} s in COPY): {seeded.Periods:N0} periods, {seeded.Assessments:N0} assessments, " +
        $"{seeded.Events:N0} events, {seeded.Sdqs:N0} SDQs; {seeded.Open:N0} open items, {seeded.OverdueUnmarked:N0} overdue and unmarked " +
        $"({100.0 * seeded.OverdueUnmarked / seeded.Open:0.0}%)");
    var vacuum = await seeder.VacuumAnalyseAsync(CancellationToken.None);
    // The generated cohort is garbage now: collected, so that the service is measured, not our leftovers.
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    var first = await TimeAsync(SweepAsync);
    var published = first.Elapsed + (await TimeAsync(OutboxEmptyAsync)).Elapsed;
    var steady = await TimeAsync(SweepAsync);
    if (steady.Result.MarkedOverdue + steady.Result.PassportsOpened != 0)
    {
        throw new InvalidOperationException($"The second sweep still found work: {steady.Result}.");
    }

    var request = new GetHealthMeasuresRequest { YearEnding = 2026 };
    await client.GetMeasuresAsync(request, board); // warm-up
    var measures = new List<(HealthMeasures Result, TimeSpan Elapsed)>();
    for (var i = 0; i < 3; i++)
    {
        measures.Add(await TimeAsync(() => client.GetMeasuresAsync(request, board).ResponseAsync));
    }
    var median = measures.OrderBy(m => m.Elapsed).ElementAt(1);
    Console.WriteLine($"  GetMeasures 2026: {median.Result}");

    var worklist = new ListWorklistRequest { OverdueOnly = true, Limit = 200 };
    var items = (await client.ListWorklistAsync(worklist, nurse)).Items.Count; // warm-up
    var latencies = new double[worklistCalls];
    for (var i = 0; i < worklistCalls; i++)
    {
        latencies[i] = (await TimeAsync(() => client.ListWorklistAsync(worklist, nurse).ResponseAsync)).Elapsed.TotalMilliseconds;
    }
    Array.Sort(latencies);
    Console.WriteLine($"  ListWorklist: {items} items a call");
    return new CohortFigures(seeded, vacuum, first, published, steady.Elapsed, median.Result, median.Elapsed,
        (latencies[worklistCalls / 2], latencies[(int)(worklistCalls * 0.99)]), Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0);
}

async Task<SweepResult> SweepAsync()
{
    await using var scope = host.Services.CreateAsyncScope();
    return await scope.ServiceProvider.GetRequiredService<HealthSweep>().RunAsync(today, CancellationToken.None);
}

// The sweep only queues its events; the service's dispatcher publishes them, woken by the sweep's own saves.
async Task<int> OutboxEmptyAsync()
{
    await using var scope = host.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<HealthDbContext>();
    return await Eventually.ReturnsAsync(() => db.Set<OutboxMessage>().CountAsync(m => m.DispatchedAt == null && m.ParkedAt == null),
        waiting => waiting == 0, "the sweep's events to be published", TimeSpan.FromMinutes(10));
}

static async Task<(T Result, TimeSpan Elapsed)> TimeAsync<T>(Func<Task<T>> call)
{
    var clock = Stopwatch.StartNew();
    var result = await call();
    return (result, clock.Elapsed);
}

static string Ms(TimeSpan elapsed) => $"{elapsed.TotalMilliseconds:N0}";
static string Ratio(double figure, double baseline) => baseline == 0 ? "-" : $"{figure / baseline:0.00}";
static string Slower(TimeSpan figure, TimeSpan baseline) => Ratio(figure.TotalMilliseconds, baseline.TotalMilliseconds);

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
}
