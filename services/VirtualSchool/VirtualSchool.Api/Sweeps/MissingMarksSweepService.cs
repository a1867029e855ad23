using Microsoft.Extensions.Options;
using VirtualSchool.Api.Options;

namespace VirtualSchool.Api.Sweeps;

/// <summary>Runs <see cref="MissingMarksSweep"/> at start-up and then every <see cref="AlertOptions.SweepInterval"/>.</summary>
public sealed class MissingMarksSweepService(
    IServiceScopeFactory scopes, IOptions<AlertOptions> options, TimeProvider clock, ILogger<MissingMarksSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var raised = await scope.ServiceProvider.GetRequiredService<MissingMarksSweep>().RunAsync(clock.GetUtcNow(), stoppingToken);
                if (raised > 0)
                {
                    logger.LogInformation("Missing-marks sweep: {Raised} sessions with no mark", raised);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Nothing is lost: the next run finds the same sessions still without a mark.
                logger.LogWarning("Missing-marks sweep failed and runs again at the next interval: {Reason}", exception.Message);
            }

            await Task.Delay(options.Value.SweepInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
