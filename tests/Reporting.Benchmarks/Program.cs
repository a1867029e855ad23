extern alias HealthApi;
extern alias LeavingCareApi;
extern alias NotificationsApi;
extern alias PlacementsApi;
extern alias ReportingApi;
extern alias VirtualSchoolApi;

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.ReadModels;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing.Benchmarks;
using Microsoft.Extensions.DependencyInjection;
using Placements.Benchmarks;
using Placements.Synthetic;
using Reporting.Benchmarks;
using CaseloadImport = PlacementsApi::Placements.Api.Import.CaseloadImport;
using HealthDbContext = HealthApi::Health.Api.Infrastructure.HealthDbContext;
using LeavingCareDbContext = LeavingCareApi::LeavingCare.Api.Infrastructure.LeavingCareDbContext;
using NotificationsDbContext = NotificationsApi::Notifications.Api.Infrastructure.NotificationsDbContext;
using PlacementsDbContext = PlacementsApi::Placements.Api.Infrastructure.PlacementsDbContext;
using ReportingDbContext = ReportingApi::Reporting.Api.Infrastructure.ReportingDbContext;
using ScorecardApi = ReportingApi::Reporting.Api.Apis.ScorecardApi;
using Sources = ReportingApi::Reporting.Api.Options.ReturnSourcesOptions;
using Ssda903Api = ReportingApi::Reporting.Api.Apis.Ssda903Api;
using VirtualSchoolDbContext = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.VirtualSchoolDbContext;

// The SSDA903 return and the Board's scorecard at national scale, produced by the real Reporting service from the five
// services it reads, all six in this process on Kestrel, each beside the same call over a small cohort measured first in
// the same run. Goal: cost per child at national scale at most 1.2 times the small cohort's; memory flat (streamed).
var children = Option("--children", 84_000);
var baselineChildren = Option("--baseline", 1_000);
var seed = Option("--seed", 1);
var runs = Option("--runs", 3); // timed runs of every call, for each cohort: the median is printed
const string SigningKey = "benchmark-only-development-signing-key-0123456789";
const int YearEnding = 2026;
const string ScorecardAsAt = "2026-03-31";
const int ScorecardMonths = 12;
var cohortAsAt = new DateOnly(2026, 11, 1); // as Placements.Benchmarks: the whole of 2024-25 and 2025-26 is history
var today = DateOnly.FromDateTime(DateTime.UtcNow);
var run = Stopwatch.StartNew();

await using var infrastructure = await Benchmark.StartInfrastructureAsync(ResourceNames.PlacementsDb, ResourceNames.HealthDb,
    ResourceNames.LeavingCareDb, ResourceNames.VirtualSchoolDb, ResourceNames.NotificationsDb, ResourceNames.ReportingDb);
await using var placements = await new ServiceHost<PlacementsDbContext>("Placements", ResourceNames.PlacementsDb, infrastructure, SigningKey,
    new Dictionary<string, string?>()).StartAsync();

// 1. The baseline cohort imported into Placements first; then the services that keep a copy of its register start, and
//    their first-start rebuild reads it (imported history is not announced as events).
Console.WriteLine($"Seed {seed}; baseline {baselineChildren:N0} children, then {children:N0} more; today {today:yyyy-MM-dd}");
var smallImport = await ImportAsync(seed, baselineChildren);

var readModel = new Dictionary<string, string?>
{
    [$"{ReadModelOptions.Section}:{nameof(ReadModelOptions.PlacementsAddress)}"] = placements.GrpcAddress.ToString(),
    [$"{ReadModelOptions.Section}:{nameof(ReadModelOptions.RetryAfter)}"] = "00:00:00.200",
};
await using var health = await new ServiceHost<HealthDbContext>("Health", ResourceNames.HealthDb, infrastructure, SigningKey, readModel).StartAsync();
await using var leavingCare = await new ServiceHost<LeavingCareDbContext>("LeavingCare", ResourceNames.LeavingCareDb, infrastructure, SigningKey, readModel).StartAsync();
await using var virtualSchool = await new ServiceHost<VirtualSchoolDbContext>("VirtualSchool", ResourceNames.VirtualSchoolDb, infrastructure, SigningKey, readModel).StartAsync();
await using var notifications = await new ServiceHost<NotificationsDbContext>("Notifications", ResourceNames.NotificationsDb, infrastructure, SigningKey,
    new Dictionary<string, string?>()).StartAsync();
await using var reporting = await new ServiceHost<ReportingDbContext>("Reporting", ResourceNames.ReportingDb, infrastructure, SigningKey,
    new Dictionary<string, string?>
    {
        [$"{Sources.Section}:{nameof(Sources.PlacementsAddress)}"] = placements.GrpcAddress.ToString(),
        [$"{Sources.Section}:{nameof(Sources.HealthAddress)}"] = health.GrpcAddress.ToString(),
        [$"{Sources.Section}:{nameof(Sources.LeavingCareAddress)}"] = leavingCare.GrpcAddress.ToString(),
        [$"{Sources.Section}:{nameof(Sources.VirtualSchoolAddress)}"] = virtualSchool.GrpcAddress.ToString(),
        [$"{Sources.Section}:{nameof(Sources.NotificationsAddress)}"] = notifications.GrpcAddress.ToString(),
        // Reporting serves no gRPC; the benchmark settings give every service a second endpoint, here HTTP/2 like the others'.
        ["Kestrel:Endpoints:grpc:Protocols"] = "Http2",
    }).StartAsync();

(string Name, Uri Address)[] readModels = [(health.Name, health.HttpAddress), (leavingCare.Name, leavingCare.HttpAddress), (virtualSchool.Name, virtualSchool.HttpAddress)];
Func<Task<long>>[] backlogs = [placements.BacklogAsync, health.BacklogAsync, leavingCare.BacklogAsync, virtualSchool.BacklogAsync,
    notifications.BacklogAsync, reporting.BacklogAsync];
Func<Task>[] vacuums = [placements.VacuumAnalyseAsync, health.VacuumAnalyseAsync, leavingCare.VacuumAnalyseAsync, virtualSchool.VacuumAnalyseAsync,
    notifications.VacuumAnalyseAsync, reporting.VacuumAnalyseAsync];
var healthRecords = new HealthRecordsSeeder(health.Services, seed + 100, today);
var leavingCareRecords = new LeavingCareRecordsSeeder(leavingCare.Services, seed + 200);
var schoolRecords = new VirtualSchoolRecordsSeeder(virtualSchool.Services, seed + 300);
using var http = new HttpClient { BaseAddress = reporting.HttpAddress, Timeout = Timeout.InfiniteTimeSpan };
using var sources = new SourceCalls(placements.GrpcAddress, health.GrpcAddress, leavingCare.GrpcAddress, virtualSchool.GrpcAddress, notifications.GrpcAddress, SigningKey);
var sourceCalls = sources.Calls(YearEnding, ScorecardAsAt, $"{YearEnding - 1}-04-01", ScorecardMonths);

var smallLoad = await CatchUpAsync(expectedRuns: 1);

// 2. Every call once untimed (the JIT, EF's compiled queries, connection pools), then the baseline, median of a few runs.
Console.WriteLine("Warming up: each call once over the baseline cohort");
await FindingsAsync();
await ZipAsync();
await ScorecardAsync();
foreach (var source in sourceCalls)
{
    await source.Call();
}
var small = await MeasureAsync(runs);

// 3. The national cohort added to the same database, the services caught up with it, and the same calls once more.
var before = DateTimeOffset.UtcNow.AddSeconds(-1);
var largeImport = await ImportAsync(seed + 1, children);
foreach (var (name, address) in readModels)
{
    using var admin = Client(address, Roles.Admin);
    var changedSince = before.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    (await admin.PostAsync($"{ReadModelRebuildApi.RoutePrefix}?changedSince={changedSince}", content: null)).EnsureSuccessStatusCode();
}
var largeLoad = await CatchUpAsync(expectedRuns: 2);
var large = await MeasureAsync(runs);

var total = baselineChildren + children;
Console.WriteLine();
Console.WriteLine($"SSDA903 {YearEnding - 1}-{YearEnding % 100:00} and the Board's scorecard as at {ScorecardAsAt} ({ScorecardMonths} months); " +
    $"national: {total:N0} children in Placements' register (the {children:N0} added to the baseline's); baseline: {baselineChildren:N0}; each the median of {runs} runs.");
Console.WriteLine("All six services, the client and the memory sampler run in this one process: the working set is theirs together " +
    "(PostgreSQL and RabbitMQ are separate processes, not counted). Peak = highest working set sampled every 50 ms during the call, " +
    "less the working set just before it (after a full compacting GC). Peak live = the same for the managed heap left by a full GC every 200 ms, " +
    "in one more run of the call, untimed: what the call holds, not garbage the GC had yet to reclaim.");
List<string[]> rows =
[
    ["measure", "national", "baseline", "ratio per child"],
    ["children in Placements' register", $"{total:N0}", $"{baselineChildren:N0}", "-"],
    ["  imported, children/s", $"{largeImport:N0}", $"{smallImport:N0}", "-"],
    ["  Health / Leaving Care / Virtual School rebuilt, children", largeLoad.Applied, smallLoad.Applied, "-"],
    ["  rebuilds, s (three at once)", $"{largeLoad.Rebuild.TotalSeconds:N0}", $"{smallLoad.Rebuild.TotalSeconds:N1}", "-"],
    ["  Health SDQs / yearly checks seeded", $"{largeLoad.Health.Sdqs:N0} / {largeLoad.Health.Checks:N0}", $"{smallLoad.Health.Sdqs:N0} / {smallLoad.Health.Checks:N0}", "-"],
    ["  Leaving Care contacts, accommodation and activity seeded", $"{largeLoad.LeavingCareRecords:N0}", $"{smallLoad.LeavingCareRecords:N0}", "-"],
    ["  Virtual School attendance marks / suspensions seeded", $"{largeLoad.School.Marks:N0} / {largeLoad.School.Suspensions:N0}", $"{smallLoad.School.Marks:N0} / {smallLoad.School.Suspensions:N0}", "-"],
    .. Rows("self-check GET ssda903/2026/findings", large.Findings, small.Findings, "findings"),
    .. Rows("zip GET ssda903/2026", large.Zip, small.Zip, "bytes"),
    .. Rows($"scorecard GET scorecard?asAt={ScorecardAsAt}&months={ScorecardMonths}", large.Scorecard, small.Scorecard, "bytes of JSON", perChild: false),
    ["peak working set of the process so far, MB", $"{large.ProcessPeakMb:N0}", $"{small.ProcessPeakMb:N0}", "-"],
];
Benchmark.PrintTable(rows);
Console.WriteLine("Ratio per child = (national figure / national children) / (baseline figure / baseline children); goal: at most 1.2. " +
    "Memory rows give national / baseline as it is (flat = about 1).");
Console.WriteLine();
Console.WriteLine("Where the time and memory go: each call Reporting makes, made directly on the service (same tokens, streams counted as they arrive).");
List<string[]> sourceRows = [["source call", "national, ms", "baseline, ms", "ratio per child", "peak WS, MB (nat. / base.)", "peak live, MB (nat. / base.)", "figure (national / baseline)"]];
for (var i = 0; i < sourceCalls.Count; i++)
{
    var (national, baseline) = (large.Sources[i], small.Sources[i]);
    sourceRows.Add([sourceCalls[i].Name, $"{national.Elapsed.TotalMilliseconds:N0}", $"{baseline.Elapsed.TotalMilliseconds:N0}",
        PerChild(national.Elapsed.TotalMilliseconds, baseline.Elapsed.TotalMilliseconds), $"{national.PeakMb:N0} / {baseline.PeakMb:N0}", $"{national.LiveMb:N0} / {baseline.LiveMb:N0}",
        $"{national.Figure:N0} / {baseline.Figure:N0} {sourceCalls[i].Unit}"]);
}
Benchmark.PrintTable(sourceRows);
Console.WriteLine($"Run took {run.Elapsed.TotalMinutes:0.0} min.");
return 0;

IEnumerable<string[]> Rows(string call, Sample national, Sample baseline, string unit, bool perChild = true)
{
    yield return [$"{call}, ms", $"{national.Elapsed.TotalMilliseconds:N0}", $"{baseline.Elapsed.TotalMilliseconds:N0}",
        PerChild(national.Elapsed.TotalMilliseconds, baseline.Elapsed.TotalMilliseconds)];
    yield return [$"  {unit}", $"{national.Figure:N0}", $"{baseline.Figure:N0}", perChild ? PerChild(national.Figure, baseline.Figure) : "-"];
    yield return ["  peak working set above before the call, MB", $"{national.PeakMb:N0}", $"{baseline.PeakMb:N0}",
        baseline.PeakMb < 1 ? "-" : $"x{national.PeakMb / baseline.PeakMb:0.0} (not per child)"];
    yield return ["  peak live managed heap above before (extra run), MB", $"{national.LiveMb:N0}", $"{baseline.LiveMb:N0}",
        baseline.LiveMb < 1 ? "-" : $"x{national.LiveMb / baseline.LiveMb:0.0} (not per child)"];
}

string PerChild(double national, double baseline) =>
    baseline == 0 ? "-" : $"{national / total / (baseline / baselineChildren):0.00}";

async Task<double> ImportAsync(int cohortSeed, int count)
{
    var clock = Stopwatch.StartNew();
    var cohort = CohortGenerator.Generate(new CohortOptions { Seed = cohortSeed, Children = count, AsAt = cohortAsAt });
    var (header, episodes) = CohortCsv.Write(cohort);
    Console.WriteLine($"Generated {count:N0} children ({cohort.CommandCount:N0} commands) as CSV in {clock.Elapsed.TotalSeconds:0.0} s");
    clock.Restart();
    await using var scope = placements.Services.CreateAsyncScope();
    var report = await scope.ServiceProvider.GetRequiredService<CaseloadImport>().ImportAsync(new StringReader(header), new StringReader(episodes), CancellationToken.None);
    Console.WriteLine($"Imported {report.Imported:N0} children into Placements in {clock.Elapsed.TotalSeconds:0.0} s; {report.RejectedChildren} refused");
    return report.Imported / clock.Elapsed.TotalSeconds;
}

// Health, Leaving Care and the Virtual School have read the whole register (their rebuilds COMPLETED, as the end-to-end
// specs wait for them); Health's SDQs and checks seeded; every database analysed; no audit chaining or event left to send.
async Task<CatchUp> CatchUpAsync(int expectedRuns)
{
    var clock = Stopwatch.StartNew();
    var admins = readModels.Select(s => Client(s.Address, Roles.Admin)).ToList();
    var lastReport = Stopwatch.StartNew();
    int[] applied;
    while (true)
    {
        var latest = new List<JsonElement[]>();
        foreach (var admin in admins)
        {
            latest.Add((await admin.GetFromJsonAsync<JsonElement>(ReadModelRebuildApi.RoutePrefix)).EnumerateArray().ToArray());
        }
        if (latest.All(rebuilds => rebuilds.Length >= expectedRuns && rebuilds.All(r => r.GetProperty("status").GetString() == "COMPLETED")))
        {
            applied = [.. latest.Select(rebuilds => rebuilds[0].GetProperty("childrenApplied").GetInt32())];
            foreach (var (rebuilds, i) in latest.Select((r, i) => (r, i)).Where(x => x.r[0].GetProperty("childrenFailed").GetInt32() > 0))
            {
                Console.WriteLine($"  {readModels[i].Name}: {rebuilds[0].GetProperty("childrenFailed").GetInt32():N0} children refused by the rebuild");
            }
            break;
        }
        if (lastReport.Elapsed > TimeSpan.FromSeconds(60))
        {
            Console.WriteLine($"  after {clock.Elapsed.TotalSeconds:0} s: " + string.Join("; ", latest.Select((rebuilds, i) => $"{readModels[i].Name} " + string.Join(", ",
                rebuilds.Take(expectedRuns).Select(r => $"{r.GetProperty("status").GetString()} {r.GetProperty("childrenApplied").GetInt32():N0}" +
                    (r.GetProperty("lastError").GetString() is { } error ? $" ({error})" : ""))))));
            lastReport.Restart();
        }
        await Task.Delay(TimeSpan.FromSeconds(1));
    }
    admins.ForEach(admin => admin.Dispose());
    var rebuild = clock.Elapsed;
    Console.WriteLine($"Rebuilt in {rebuild.TotalSeconds:0.0} s: {string.Join(", ", readModels.Select((s, i) => $"{s.Name} {applied[i]:N0}"))} children applied");

    clock.Restart();
    var seeded = await healthRecords.SeedAsync(CancellationToken.None);
    Console.WriteLine($"Seeded Health with {seeded.Sdqs:N0} SDQs and {seeded.Checks:N0} yearly checks for {seeded.Children:N0} children in {clock.Elapsed.TotalSeconds:0.0} s");
    clock.Restart();
    var advised = await leavingCareRecords.SeedAsync(CancellationToken.None);
    Console.WriteLine($"Seeded Leaving Care with {advised.Records:N0} contacts, accommodation and activity records for {advised.YoungPeople:N0} young people in {clock.Elapsed.TotalSeconds:0.0} s");
    clock.Restart();
    var schooled = await schoolRecords.SeedAsync(CancellationToken.None);
    Console.WriteLine($"Seeded the Virtual School with {schooled.Marks:N0} attendance marks and {schooled.Suspensions:N0} suspensions for {schooled.Pupils:N0} pupils in {clock.Elapsed.TotalSeconds:0.0} s");
    clock.Restart();
    foreach (var vacuum in vacuums)
    {
        await vacuum();
    }
    await QuietAsync();
    Console.WriteLine($"Analysed every database and settled in {clock.Elapsed.TotalSeconds:0.0} s");
    return new CatchUp(rebuild, string.Join(" / ", applied.Select(a => a.ToString("N0", CultureInfo.InvariantCulture))), seeded, advised.Records, (schooled.Marks, schooled.Suspensions));
}

async Task QuietAsync()
{
    var deadline = Stopwatch.StartNew();
    while (true)
    {
        var left = 0L;
        foreach (var backlog in backlogs)
        {
            left += await backlog();
        }
        if (left == 0)
        {
            return;
        }
        if (deadline.Elapsed > TimeSpan.FromMinutes(10))
        {
            throw new TimeoutException($"{left:N0} audit records or events still waiting after 10 minutes.");
        }
        await Task.Delay(200);
    }
}

async Task<Measured> MeasureAsync(int count)
{
    var findings = new List<Sample>();
    var zip = new List<Sample>();
    var scorecard = new List<Sample>();
    var bySource = sourceCalls.Select(_ => new List<Sample>()).ToList();
    for (var i = 0; i < count; i++)
    {
        findings.Add(await SampleAsync(FindingsAsync));
        zip.Add(await SampleAsync(ZipAsync));
        scorecard.Add(await SampleAsync(ScorecardAsync));
        for (var s = 0; s < sourceCalls.Count; s++)
        {
            bySource[s].Add(await SampleAsync(sourceCalls[s].Call));
        }
    }
    var processPeakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
    // Then once more each, untimed, for what the call holds rather than what the GC has yet to reclaim.
    var medians = new List<Sample>();
    for (var s = 0; s < sourceCalls.Count; s++)
    {
        medians.Add(Median(bySource[s], await LiveAsync(sourceCalls[s].Call)));
    }
    var measured = new Measured(Median(findings, await LiveAsync(FindingsAsync)), Median(zip, await LiveAsync(ZipAsync)),
        Median(scorecard, await LiveAsync(ScorecardAsync)), medians, processPeakMb);
    Console.WriteLine($"  findings {measured.Findings}; zip {measured.Zip}; scorecard {measured.Scorecard}");
    Console.WriteLine($"  {string.Join("; ", sourceCalls.Select((c, s) => $"{c.Name}: {measured.Sources[s]}"))}");
    return measured;
}

static Sample Median(List<Sample> samples, double liveMb) => new(
    samples.OrderBy(s => s.Elapsed).ElementAt(samples.Count / 2).Elapsed,
    samples[0].Figure,
    samples.OrderBy(s => s.PeakMb).ElementAt(samples.Count / 2).PeakMb,
    liveMb,
    [.. samples.Select(s => s.Elapsed)]);

// The call timed while a background task samples the working set every 50 ms; the level before is taken after a full,
// compacting collection, and only once every service has finished its background work (audit chaining of the last call).
async Task<Sample> SampleAsync(Func<Task<long>> call)
{
    await QuietAsync();
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    GC.WaitForPendingFinalizers();
    using var process = Process.GetCurrentProcess();
    process.Refresh();
    var before = process.WorkingSet64;
    var peak = before;
    using var stop = new CancellationTokenSource();
    var sampler = Task.Run(async () =>
    {
        while (!stop.IsCancellationRequested)
        {
            process.Refresh();
            peak = Math.Max(peak, process.WorkingSet64);
            await Task.Delay(50, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    });
    var clock = Stopwatch.StartNew();
    var figure = await call();
    var elapsed = clock.Elapsed;
    await stop.CancelAsync();
    await sampler;
    process.Refresh();
    peak = Math.Max(peak, process.WorkingSet64);
    return new Sample(elapsed, figure, (peak - before) / 1024.0 / 1024.0, double.NaN, [elapsed]);
}

// The call run untimed while a background task makes a full, blocking collection every 200 ms and reads the managed heap
// left: the peak of what is live during the call, above what was live before it (pooled buffers count as live).
async Task<double> LiveAsync(Func<Task<long>> call)
{
    await QuietAsync();
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    GC.WaitForPendingFinalizers();
    var before = GC.GetTotalMemory(forceFullCollection: false);
    var peak = before;
    using var stop = new CancellationTokenSource();
    var sampler = Task.Run(async () =>
    {
        while (!stop.IsCancellationRequested)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            await Task.Delay(200, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    });
    await call();
    await stop.CancelAsync();
    await sampler;
    return (peak - before) / 1024.0 / 1024.0;
}

// GET .../findings as the performance team, its findings counted as the JSON streams in (not held by the client).
async Task<long> FindingsAsync()
{
    using var response = await SendAsync($"{Ssda903Api.Prefix}/{YearEnding}/findings", Roles.Performance);
    await using var body = await response.Content.ReadAsStreamAsync();
    return await FindingsCount.OfAsync(body);
}

// GET the zip as the performance team, read to the end into a null stream: its size in bytes.
async Task<long> ZipAsync()
{
    using var response = await SendAsync($"{Ssda903Api.Prefix}/{YearEnding}", Roles.Performance);
    await using var body = await response.Content.ReadAsStreamAsync();
    var buffer = new byte[81_920];
    var bytes = 0L;
    int read;
    while ((read = await body.ReadAsync(buffer)) > 0)
    {
        await Stream.Null.WriteAsync(buffer.AsMemory(0, read));
        bytes += read;
    }
    return bytes;
}

// GET the scorecard as the Board: the size of its JSON.
async Task<long> ScorecardAsync()
{
    using var response = await SendAsync($"{ScorecardApi.Route}?asAt={ScorecardAsAt}&months={ScorecardMonths}", Roles.Board);
    return (await response.Content.ReadAsByteArrayAsync()).LongLength;
}

async Task<HttpResponseMessage> SendAsync(string path, string role)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, path);
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DevelopmentTokens.Create(SigningKey, "benchmark", [role]));
    var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
    return response;
}

static HttpClient Client(Uri address, string role)
{
    var client = new HttpClient { BaseAddress = address };
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevelopmentTokens.Create(SigningKey, "benchmark", [role]));
    return client;
}

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
}

internal sealed record Sample(TimeSpan Elapsed, long Figure, double PeakMb, double LiveMb, IReadOnlyList<TimeSpan> Runs)
{
    public override string ToString() =>
        $"{Elapsed.TotalMilliseconds:N0} ms ({string.Join(", ", Runs.Select(r => r.TotalMilliseconds.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))}), " +
        $"{Figure:N0}, peak +{PeakMb:N0} MB, live +{LiveMb:N0} MB";
}

internal sealed record Measured(Sample Findings, Sample Zip, Sample Scorecard, IReadOnlyList<Sample> Sources, double ProcessPeakMb);

internal sealed record CatchUp(TimeSpan Rebuild, string Applied, (int Children, long Sdqs, long Checks) Health, long LeavingCareRecords,
    (long Marks, long Suspensions) School);
