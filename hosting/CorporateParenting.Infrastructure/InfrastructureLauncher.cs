using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CorporateParenting.Infrastructure;

/// <summary>Starts PostgreSQL and RabbitMQ for the AppHost and the test fixtures alike.</summary>
public static class InfrastructureLauncher
{
    public const string ModeVariable = "CP_INFRASTRUCTURE";

    public static async Task<IRunningInfrastructure> StartAsync(
        InfrastructureOptions options, ILogger logger, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        ArgumentOutOfRangeException.ThrowIfNegative(options.PostgresPort);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.PostgresPort, 65535);
        ArgumentOutOfRangeException.ThrowIfNegative(options.RabbitMqPort);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.RabbitMqPort, 65535);

        var mode = ResolveMode(options.Mode);
        var stopwatch = Stopwatch.StartNew();
        var infrastructure = mode == InfrastructureMode.Containers
            ? await ContainerInfrastructure.StartAsync(options, ct)
            : await LocalServersInfrastructure.StartAsync(options, logger, ct);
        logger.LogInformation("Infrastructure ready in {Elapsed:0.0} s: {Description}",
            stopwatch.Elapsed.TotalSeconds, infrastructure.Description);
        return infrastructure;
    }

    /// <summary>
    /// The one place that decides between containers and local servers: an explicit request wins, then
    /// CP_INFRASTRUCTURE=containers|local, then containers only if a Docker engine answers.
    /// </summary>
    public static InfrastructureMode ResolveMode(InfrastructureMode requested)
    {
        if (requested != InfrastructureMode.Auto)
        {
            return requested;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(ModeVariable)?.Trim().ToLowerInvariant();
        return fromEnvironment switch
        {
            null or "" or "auto" => DockerProbe.EngineAnswers() ? InfrastructureMode.Containers : InfrastructureMode.LocalServers,
            "containers" or "docker" => InfrastructureMode.Containers,
            "local" or "localservers" or "local-servers" => InfrastructureMode.LocalServers,
            _ => throw new InvalidOperationException(
                $"{ModeVariable}='{fromEnvironment}' is not understood: use 'containers', 'local' or leave it unset."),
        };
    }
}
