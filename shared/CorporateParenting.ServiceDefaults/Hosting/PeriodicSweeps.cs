using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CorporateParenting.ServiceDefaults.Hosting;

/// <summary>
/// Catch-up work a service runs at start-up and then at an interval (overdue items, missing marks). A run must be safe to
/// repeat and to run on several instances at once (each sweep guards itself with row locks or an advisory lock): a run
/// that fails, or never happens, is made good by the next one.
/// </summary>
public interface IPeriodicSweep
{
    /// <summary>One pass, in its own scope; it logs what it did.</summary>
    Task RunOnceAsync(CancellationToken cancellationToken);
}

/// <summary>How often <typeparamref name="TSweep"/> runs, read at every wait so configuration reloads apply.</summary>
public sealed record PeriodicSweepSchedule<TSweep>(Func<TimeSpan> Interval);

/// <summary>Runs <typeparamref name="TSweep"/> at start-up and then every <see cref="PeriodicSweepSchedule{TSweep}.Interval"/>.</summary>
public sealed class PeriodicSweepService<TSweep>(
    IServiceScopeFactory scopes, PeriodicSweepSchedule<TSweep> schedule, TimeProvider clock, ILogger<PeriodicSweepService<TSweep>> logger)
    : BackgroundService where TSweep : class, IPeriodicSweep
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TSweep>().RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning("{Sweep} failed and runs again at the next interval: {Reason}", typeof(TSweep).Name, exception.Message);
            }

            await Task.Delay(schedule.Interval(), clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}

public static class PeriodicSweepExtensions
{
    /// <summary>Registers <typeparamref name="TSweep"/> (scoped) and the hosted service that runs it every <paramref name="interval"/>.</summary>
    public static IServiceCollection AddPeriodicSweep<TSweep>(this IServiceCollection services, Func<IServiceProvider, TimeSpan> interval)
        where TSweep : class, IPeriodicSweep
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<TSweep>();
        services.AddSingleton(provider => new PeriodicSweepSchedule<TSweep>(() => interval(provider)));
        services.AddHostedService<PeriodicSweepService<TSweep>>();
        return services;
    }
}
