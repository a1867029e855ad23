using CorporateParenting.Calendar;
using Health.Api.Options;
using Microsoft.Extensions.Options;

namespace Health.Api.Sweeps;

/// <summary>Runs <see cref="HealthSweep"/> at start-up and then every <see cref="HealthSweepOptions.Interval"/>.</summary>
public sealed class HealthSweepService(
    IServiceScopeFactory scopes, IOptions<HealthSweepOptions> options, TimeProvider clock, ILogger<HealthSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var today = clock.Today();
                var result = await scope.ServiceProvider.GetRequiredService<HealthSweep>().RunAsync(today, stoppingToken);
                logger.LogInformation("Health sweep for {Today}: {Overdue} marked overdue, {Passports} health passports opened",
                    today, result.MarkedOverdue, result.PassportsOpened);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Nothing is lost: whatever was not marked is found again by the next run.
                logger.LogWarning("Health sweep failed and runs again at the next interval: {Reason}", exception.Message);
            }
            await Task.Delay(options.Value.Interval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
