using CorporateParenting.ServiceDefaults.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CorporateParenting.ServiceDefaults.Tests;

public sealed class PeriodicSweeps_Specs
{
    private sealed class Runs
    {
        public readonly List<int> Instances = [];
        public int Failures;
    }

    /// <summary>Fails on its first run, then records which scoped instance ran.</summary>
    private sealed class RecordingSweep(Runs runs) : IPeriodicSweep
    {
        public Task RunOnceAsync(CancellationToken cancellationToken)
        {
            lock (runs)
            {
                if (runs.Failures == 0)
                {
                    runs.Failures++;
                    throw new InvalidOperationException("the database is not up yet");
                }
                runs.Instances.Add(GetHashCode());
            }
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_sweep_runs_at_start_and_again_each_interval_in_a_fresh_scope_and_a_failed_run_does_not_stop_it()
    {
        var runs = new Runs();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(runs);
        builder.Services.AddPeriodicSweep<RecordingSweep>(_ => TimeSpan.FromMilliseconds(10));
        using var host = builder.Build();

        await host.StartAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && Count(runs) < 3)
        {
            await Task.Delay(10);
        }
        await host.StopAsync();

        lock (runs)
        {
            Assert.Equal(1, runs.Failures);
            Assert.True(runs.Instances.Count >= 3, $"{runs.Instances.Count} runs after the failure");
            Assert.Equal(runs.Instances.Count, runs.Instances.Distinct().Count());
        }
        int after = Count(runs);
        await Task.Delay(50);
        Assert.Equal(after, Count(runs));
    }

    private static int Count(Runs runs)
    {
        lock (runs)
        {
            return runs.Instances.Count;
        }
    }
}
