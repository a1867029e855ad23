using System.Diagnostics;
using CorporateParenting.AppHost.Model;
using CorporateParenting.Infrastructure;

namespace CorporateParenting.AppHost.Orchestration;

/// <summary>
/// Starts the infrastructure, then the services in dependency order (each level once the one before is healthy),
/// prints the URL table, loads demo data, and on stop shuts the services down before the infrastructure.
/// </summary>
public sealed class Orchestrator(PlatformModel platform, string repositoryRoot, ResourceLog log)
{
    private static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(120);

    private string DataDirectory => Path.Combine(repositoryRoot, ".local", "apphost");

    public async Task<int> RunAsync(CancellationToken stopping)
    {
        var clock = Stopwatch.StartNew();
        log.Info("Starting PostgreSQL and RabbitMQ…");
        await using var infrastructure = await InfrastructureLauncher.StartAsync(new InfrastructureOptions
        {
            DataDirectory = DataDirectory,
            PostgresPort = platform.Postgres.Port,
            RabbitMqPort = platform.RabbitMq.Port,
        }, new ResourceLogLogger(log, "infrastructure"), stopping);
        foreach (var database in platform.Postgres.Databases)
        {
            await infrastructure.EnsureDatabaseAsync(database.Name, stopping);
        }
        log.Info($"Infrastructure ready in {clock.Elapsed.TotalSeconds:0.0} s: {infrastructure.Description}");

        var signingKey = DevelopmentSigningKey.LoadOrCreate(repositoryRoot);
        var connections = new RunningConnections(infrastructure, signingKey);
        var running = new List<Task>();
        try
        {
            foreach (var level in DependencyLevels())
            {
                foreach (var project in level)
                {
                    var environment = WithTelemetryEndpoint(ProjectEnvironment.For(project, connections));
                    running.Add(new ServiceProcess(project, repositoryRoot, environment, log).RunAsync(stopping));
                }
                await Task.WhenAll(level.Select(project => ReadinessProbe.WaitUntilHealthyAsync(project, ReadinessTimeout, stopping)));
            }
            log.Info($"All {platform.Projects.Count()} services healthy in {clock.Elapsed.TotalSeconds:0.0} s." + Environment.NewLine
                + UrlTable.Render(platform, infrastructure.Description));

            await DemoData.LoadAsync(platform.Projects.Single(p => p.Name == ResourceNames.Placements), signingKey, DataDirectory, log, stopping);
            log.Info("Press Ctrl+C to stop everything.");
            await Task.Delay(Timeout.Infinite, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            log.Info($"Start-up failed: {exception.Message}");
            return 1;
        }
        finally
        {
            log.Info("Stopping services…");
            await Task.WhenAll(running);
            log.Info("Stopping infrastructure…");
        }
        return 0;
    }

    /// <summary>Projects grouped so that each group depends only on earlier groups; a group starts in parallel.</summary>
    private List<List<ProjectResource>> DependencyLevels()
    {
        var levels = new List<List<ProjectResource>>();
        var placed = new HashSet<ProjectResource>();
        var remaining = platform.Projects.ToList();
        while (remaining.Count > 0)
        {
            var level = remaining.Where(p => p.ProjectDependencies.All(placed.Contains)).ToList();
            if (level.Count == 0)
            {
                throw new InvalidOperationException("The platform's project references form a cycle: " + string.Join(", ", remaining.Select(p => p.Name)));
            }
            levels.Add(level);
            placed.UnionWith(level);
            remaining.RemoveAll(level.Contains);
        }
        return levels;
    }

    private static IReadOnlyDictionary<string, string> WithTelemetryEndpoint(IReadOnlyDictionary<string, string> environment)
    {
        var endpoint = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
        return string.IsNullOrEmpty(endpoint)
            ? environment
            : new Dictionary<string, string>(environment) { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint };
    }
}
