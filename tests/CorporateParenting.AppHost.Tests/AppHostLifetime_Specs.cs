using System.Diagnostics;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using CorporateParenting.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.AppHost.Tests;

/// <summary>The AppHost comes up healthy and, stopped, takes every process and port of its run with it.</summary>
[Collection(AppHostCollection.Name)]
public sealed class AppHostLifetime_Specs
{
    [Fact]
    public async Task Stopping_the_AppHost_leaves_no_process_and_no_port_behind()
    {
        var folder = Path.Combine(RepositoryRoot.Find(), ".local", "tests", "apphost-stop-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var app = await RunningAppHost.StartAsync(folder, ["--DemoData:Enabled=false"]);
            var processes = ProcessesOfRun(folder);
            var ports = ListeningPorts(processes).Concat(AllocatedPorts(app)).ToHashSet();
            Assert.True(processes.Count >= 10, $"Expected PostgreSQL, RabbitMQ, epmd and seven services; found {processes.Count} processes.");
            Assert.NotEmpty(ports);

            await app.StopAsync();
            await app.DisposeAsync();

            var left = await Eventually(() => ProcessesOfRun(folder), TimeSpan.FromSeconds(20));
            Assert.True(left.Count == 0, "Still running after the AppHost stopped: " + string.Join("; ", left.Select(Describe)));
            var stillListening = await Eventually(() => ListeningPorts(null).Intersect(ports).ToList(), TimeSpan.FromSeconds(10));
            Assert.True(stillListening.Count == 0, "Still listening after the AppHost stopped: " + string.Join(", ", stillListening));
        }
        finally
        {
            RunningAppHost.DeleteFolder(folder);
        }
    }

    private static async Task<IReadOnlyList<T>> Eventually<T>(Func<IReadOnlyList<T>> probe, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var found = probe();
        while (found.Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            found = probe();
        }
        return found;
    }

    /// <summary>Every process carrying the run's marker (services, PostgreSQL and its workers, RabbitMQ's Erlang VM, epmd).</summary>
    private static List<int> ProcessesOfRun(string folder)
    {
        var marker = $"{RunningAppHost.RunMarker}={folder}";
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }
            try
            {
                if (File.ReadAllText(Path.Combine(dir, "environ"), Encoding.UTF8).Split('\0').Contains(marker, StringComparer.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Gone meanwhile, or not ours to read.
            }
        }
        return found;
    }

    /// <summary>TCP ports listening on this machine, of the given processes only (all when null), from <c>ss -ltnpH</c>.</summary>
    private static List<int> ListeningPorts(IReadOnlyCollection<int>? of)
    {
        using var ss = Process.Start(new ProcessStartInfo("ss", "-ltnpH") { RedirectStandardOutput = true })!;
        var output = ss.StandardOutput.ReadToEnd();
        ss.WaitForExit();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => of is null || of.Any(pid => line.Contains($"pid={pid},", StringComparison.Ordinal)))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3])
            .Select(local => int.Parse(local[(local.LastIndexOf(':') + 1)..]))
            .Distinct()
            .ToList();
    }

    /// <summary>The ports Aspire's proxies listen on for the run's endpoints.</summary>
    private static IEnumerable<int> AllocatedPorts(DistributedApplication app) =>
        app.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .SelectMany(r => r.TryGetAnnotationsOfType<EndpointAnnotation>(out var endpoints) ? endpoints : [])
            .Where(e => e.AllocatedEndpoint is not null)
            .Select(e => e.AllocatedEndpoint!.Port);

    private static string Describe(int pid)
    {
        try
        {
            return $"{pid} {File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim()}";
        }
        catch (IOException)
        {
            return pid.ToString();
        }
    }
}
