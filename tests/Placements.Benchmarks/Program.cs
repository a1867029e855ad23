extern alias PlacementsApi;

using System.Diagnostics;
using System.Runtime;
using CorporateParenting.Infrastructure;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using CorporateParenting.Testing.Benchmarks;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Placements.Benchmarks;
using Placements.Synthetic;
using CaseloadImport = PlacementsApi::Placements.Api.Import.CaseloadImport;

// National-scale figures for the Placements service, each beside a baseline measured in the same run.
var children = Option("--children", 84_000);
var baselineChildren = Option("--baseline", 1_000);
var loadSeconds = Option("--seconds", 10);
var requestRate = Option("--rate", 500);
const string SigningKey = "benchmark-only-development-signing-key-0123456789";
var asAt = new DateOnly(2026, 11, 1);

// --distributions: only generate a cohort (--seed, --children) and print its distributions beside the national figures,
// at its AsAt or on --on yyyy-MM-dd.
if (args.Contains("--distributions"))
{
    var on = Text("--on") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
    DistributionTable.Print(CohortGenerator.Generate(new CohortOptions { Seed = Option("--seed", 2), Children = children, AsAt = asAt }), on);
    return 0;
}

// --target: only the GetChild load, against a service already running in its own process (e.g. under the AppHost),
// so that the load generator and the service do not share a process; --key names the file with its signing key.
if (Text("--target") is { } target)
{
    var key = File.ReadAllText(Text("--key") ?? Path.Combine(RepositoryRoot.Find(), ".local", "development-signing-key")).Trim();
    using var targetChannel = GrpcChannel.ForAddress(target);
    var targetRows = new List<string[]> { new[] { "measure", "figure", "baseline", "ratio" } };
    await GetChildLoadAsync(new CorporateParenting.Placements.V1.Placements.PlacementsClient(targetChannel),
        new Metadata { { "Authorization", $"Bearer {DevelopmentTokens.Create(key, "benchmark", [Roles.CaseSystem])}" } }, targetRows);
    Benchmark.PrintTable(targetRows);
    return 0;
}

await using var infrastructure = await Benchmark.StartInfrastructureAsync(ResourceNames.PlacementsDb);
var ports = FreePort.Pick(2);
using var host = new PlacementsHost(infrastructure.ConnectionStringFor(ResourceNames.PlacementsDb), infrastructure.RabbitMqUri, SigningKey, ports[0], ports[1]);
host.UseKestrel();
host.StartServer();
using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
var client = new CorporateParenting.Placements.V1.Placements.PlacementsClient(channel);
Metadata As(string role) => new() { { "Authorization", $"Bearer {DevelopmentTokens.Create(SigningKey, "benchmark", [role])}" } };

var rows = new List<string[]> { new[] { "measure", "figure", "baseline", "ratio" } };

// 1. Generate and import: the baseline is a small cohort imported first into the same database.
// 2. GetMeasures over everyone; the baseline is the same call while only the small cohort was there.
var board = As(Roles.Board);
var (smallRate, _) = await ImportAsync(seed: 1, baselineChildren);
await client.GetMeasuresAsync(new GetMeasuresRequest { AsAt = "2026-03-31" }, board); // warm-up
var smallMeasures = await TimeAsync(() => client.GetMeasuresAsync(new GetMeasuresRequest { AsAt = "2026-03-31" }, board).ResponseAsync);
var (rate, peakMb) = await ImportAsync(seed: 2, children);
var measures = await TimeAsync(() => client.GetMeasuresAsync(new GetMeasuresRequest { AsAt = "2026-03-31" }, board).ResponseAsync);
rows.Add([$"import, children/s ({children:N0} vs {baselineChildren:N0})", $"{rate:N0}", $"{smallRate:N0}", $"{rate / smallRate:0.00}"]);
rows.Add(["peak working set, MB", $"{peakMb:N0}", "-", "-"]);
rows.Add([$"GetMeasures, ms ({measures.Result.LookedAfter:N0} looked after of {children + baselineChildren:N0})", $"{measures.Elapsed.TotalMilliseconds:N0}",
    $"{smallMeasures.Elapsed.TotalMilliseconds:N0} ({smallMeasures.Result.LookedAfter:N0} looked after)", $"{measures.Elapsed / smallMeasures.Elapsed:0.00}"]);

// 3. GetChild at a fixed rate; the baseline is the same load on an unknown child (auth, validation, one indexed miss).
await GetChildLoadAsync(client, As(Roles.CaseSystem), rows);
Benchmark.PrintTable(rows);
return 0;

async Task GetChildLoadAsync(CorporateParenting.Placements.V1.Placements.PlacementsClient client, Metadata caseSystem, List<string[]> rows)
{
    var ids = new List<string>();
    using (var list = client.ListChildren(new ListChildrenRequest { LookedAfterOn = "2026-03-31" }, caseSystem))
    {
        await foreach (var child in list.ResponseStream.ReadAllAsync())
        {
            if (ids.Count < 2_000) ids.Add(child.ChildId);
        }
    }
    // The generated cohort and its CSV are garbage by now; collect them so that the service is measured, not our leftovers.
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    Func<int, Task> known = i => client.GetChildAsync(new GetChildRequest { ChildId = ids[i % ids.Count] }, caseSystem).ResponseAsync;
    Func<int, Task> unknown = _ => client.GetChildAsync(new GetChildRequest { ChildId = Guid.NewGuid().ToString() }, caseSystem).ResponseAsync;

    // Warm-up at the same rate, not measured: connection pools, HTTP/2 streams, the database's cache, and above all the
    // JIT. Tiered compilation goes on recompiling hot methods for some 20 s of load (about 40,000 methods, 12 s of
    // compiler time on 2 cores), so we wait until it has settled rather than for a fixed time. With --target this sees
    // only the load generator's JIT; the service's own settles in the same rounds if it started with them.
    const int SettledJitMethodsPerRound = 100;
    var warmUp = Stopwatch.StartNew();
    for (var round = 0; round < 30; round++)
    {
        var compiled = JitInfo.GetCompiledMethodCount();
        await LoadAsync(known, requestRate, seconds: 1, allowNotFound: false);
        await LoadAsync(unknown, requestRate, seconds: 1, allowNotFound: true);
        if (round >= 2 && JitInfo.GetCompiledMethodCount() - compiled < SettledJitMethodsPerRound)
        {
            break;
        }
    }
    Console.WriteLine($"Warmed up in {warmUp.Elapsed.TotalSeconds:0} s; {JitInfo.GetCompiledMethodCount():N0} methods compiled in this process");
    var miss = await LoadAsync(unknown, requestRate, loadSeconds, allowNotFound: true);
    var hit = await LoadAsync(known, requestRate, loadSeconds, allowNotFound: false);
    rows.Add([$"GetChild p50 at {requestRate} req/s, ms ({ids.Count:N0} children read)", $"{hit.P50:0.00}", $"{miss.P50:0.00} (unknown child)", $"{hit.P50 / miss.P50:0.00}"]);
    rows.Add([$"GetChild p99 at {requestRate} req/s, ms", $"{hit.P99:0.00}", $"{miss.P99:0.00} (unknown child)", $"{hit.P99 / miss.P99:0.00}"]);
    rows.Add(["GetChild achieved rate, req/s; errors", $"{hit.Rate:N0}; {hit.Errors}", $"{miss.Rate:N0}; {miss.Errors}", "-"]);
    // In-process runs count the load generator too; with --target, only the load generator.
    rows.Add(["GetChild CPU per call in this process, ms", $"{hit.CpuMs:0.00}", $"{miss.CpuMs:0.00}", $"{hit.CpuMs / miss.CpuMs:0.00}"]);
    rows.Add(["GetChild allocated per call in this process, KB", $"{hit.AllocatedKb:0}", $"{miss.AllocatedKb:0}", $"{hit.AllocatedKb / miss.AllocatedKb:0.00}"]);
    rows.Add(["GC pauses in this process during the load, ms (collections)", $"{hit.GcPauseMs:0} ({hit.Collections})", $"{miss.GcPauseMs:0} ({miss.Collections})", "-"]);
}

async Task<(double ChildrenPerSecond, double PeakMb)> ImportAsync(int seed, int count)
{
    var clock = Stopwatch.StartNew();
    var cohort = CohortGenerator.Generate(new CohortOptions { Seed = seed, Children = count, AsAt = asAt });
    var (header, episodes) = CohortCsv.Write(cohort);
    Console.WriteLine($"Generated {count:N0} children ({cohort.CommandCount:N0} commands) as CSV in {clock.Elapsed.TotalSeconds:0.0} s");
    if (count == children)
    {
        DistributionTable.Print(cohort);
    }
    clock.Restart();
    await using var scope = host.Services.CreateAsyncScope();
    var report = await scope.ServiceProvider.GetRequiredService<CaseloadImport>().ImportAsync(new StringReader(header), new StringReader(episodes), CancellationToken.None);
    var seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"Imported {report.Imported:N0} children in {seconds:0.0} s; {report.RejectedChildren} refused");
    foreach (var rejection in report.Rejections.Take(3))
    {
        Console.WriteLine($"  refused {rejection.Child} {rejection.Table}:{rejection.Line} {rejection.Field}: {rejection.Rule}");
    }
    return (report.Imported / seconds, Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0);
}

static async Task<(T Result, TimeSpan Elapsed)> TimeAsync<T>(Func<Task<T>> call)
{
    var clock = Stopwatch.StartNew();
    var result = await call();
    return (result, clock.Elapsed);
}

// Open loop: calls are handed to the thread pool on a 1 ms tick as their scheduled time comes, whether or not earlier
// ones have answered, so a slow answer cannot slow the offered rate. Latency runs from each call's start to its answer.
static async Task<LoadResult> LoadAsync(Func<int, Task> call, int rate, int seconds, bool allowNotFound)
{
    var total = rate * seconds;
    var latencies = new double[total];
    var calls = new Task[total];
    var errors = 0;
    var processorTime = Process.GetCurrentProcess().TotalProcessorTime;
    var allocated = GC.GetTotalAllocatedBytes();
    var paused = GC.GetTotalPauseDuration();
    var collections = GC.CollectionCount(0);
    var clock = Stopwatch.StartNew();
    using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(1));
    for (var next = 0; next < total; await tick.WaitForNextTickAsync())
    {
        var due = Math.Min(total, (int)(clock.Elapsed.TotalSeconds * rate) + 1);
        for (; next < due; next++)
        {
            var index = next;
            calls[index] = Task.Run(() => Measure(index));
        }
    }
    await Task.WhenAll(calls);
    var elapsed = clock.Elapsed.TotalSeconds;
    var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - processorTime).TotalMilliseconds / total;
    Array.Sort(latencies);
    return new LoadResult(latencies[total / 2], latencies[(int)(total * 0.99)], total / elapsed, errors, cpuMs,
        AllocatedKb: (GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / total,
        GcPauseMs: (GC.GetTotalPauseDuration() - paused).TotalMilliseconds, Collections: GC.CollectionCount(0) - collections);

    async Task Measure(int index)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await call(index);
        }
        catch (RpcException e) when (allowNotFound && e.StatusCode == StatusCode.NotFound)
        {
        }
        catch (RpcException)
        {
            Interlocked.Increment(ref errors);
        }
        latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}

string? Text(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
}

internal sealed record LoadResult(
    double P50, double P99, double Rate, int Errors, double CpuMs, double AllocatedKb, double GcPauseMs, int Collections);
