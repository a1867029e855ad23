using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using CorporateParenting.Infrastructure;
using CorporateParenting.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace CorporateParenting.AppHost.Tests;

/// <summary>
/// The real AppHost, booted by Aspire.Hosting.Testing as its own processes: local-process PostgreSQL and RabbitMQ in a
/// throwaway folder, every service on random ports, a three-child demo cohort, and every service exporting its traces
/// to <see cref="Telemetry"/>. Started once for the specs that share it; stopped and its folder deleted afterwards.
/// </summary>
public sealed class RunningAppHost(IMessageSink diagnostics) : IAsyncLifetime
{
    public const int DemoChildren = 3;

    /// <summary>Set on every resource's processes to the run's data folder.</summary>
    public const string RunMarker = "CP_TEST_APPHOST_RUN";

    /// <summary>
    /// Alone, every resource is healthy in about a minute; under the full suite on 2 cores (the other assemblies starting
    /// their own servers and services at the same time) one run took more than 4 minutes, so the limit is generous.
    /// </summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(8);

    private readonly string _dataDirectory = Path.Combine(RepositoryRoot.Find(), ".local", "tests", "apphost-" + Guid.NewGuid().ToString("N")[..8]);
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The AppHost has not started.");

    public OtlpTraceReceiver Telemetry { get; private set; } = null!;

    public TimeSpan TimeToHealthy { get; private set; }

    public string SigningKey { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Telemetry = await OtlpTraceReceiver.StartAsync();
        var clock = Stopwatch.StartNew();
        _app = await StartAsync(_dataDirectory, [$"--DemoData:Children={DemoChildren}"], Telemetry.Endpoint);
        TimeToHealthy = clock.Elapsed;
        SigningKey = await App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ParameterResource>()
            .Single(p => p.Name == PlatformServices.SigningKeyParameter).GetValueAsync(CancellationToken.None) ?? "";
        diagnostics.OnMessage(new DiagnosticMessage($"AppHost (Aspire.Hosting.Testing): every resource healthy {TimeToHealthy.TotalSeconds:0.0} s after the test started it."));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        await Telemetry.DisposeAsync();
        DeleteFolder(_dataDirectory);
    }

    /// <summary>Builds the AppHost's model from its Program.cs with these arguments, starts it, and waits until every resource is healthy.</summary>
    public static async Task<DistributedApplication> StartAsync(string dataDirectory, string[] arguments, Uri? traces = null)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.CorporateParenting_AppHost>(
            [$"--AppHost:DataDirectory={dataDirectory}", .. arguments]);
        foreach (var resource in builder.Resources.OfType<IResourceWithEnvironment>())
        {
            // Inherited by every process a resource starts, so a test can find them all again.
            builder.CreateResourceBuilder(resource).WithEnvironment(RunMarker, dataDirectory);
        }
        if (traces is not null)
        {
            foreach (var project in builder.Resources.OfType<ProjectResource>())
            {
                // After Aspire's own OTLP settings, which point at a dashboard the tests do not start.
                builder.CreateResourceBuilder(project).WithEnvironment(context =>
                {
                    context.EnvironmentVariables["OTEL_EXPORTER_OTLP_ENDPOINT"] = traces.ToString().TrimEnd('/');
                    context.EnvironmentVariables["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
                    context.EnvironmentVariables["OTEL_BSP_SCHEDULE_DELAY"] = "200";
                });
            }
        }
        var app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await app.StartAsync(timeout.Token);
            var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
            var watched = builder.Resources.Where(r => r.TryGetAnnotationsOfType<HealthCheckAnnotation>(out _));
            await Task.WhenAll(watched.Select(r => notifications.WaitForResourceHealthyAsync(r.Name, timeout.Token)));
            return app;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            // Say which resources were not there yet: the run's folder, with their logs, is gone once the test has failed.
            var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
            var states = builder.Resources.Select(r => notifications.TryGetCurrentState(r.Name, out var e)
                ? $"{r.Name} {e.Snapshot.State?.Text ?? "no state"}/{e.Snapshot.HealthStatus?.ToString() ?? "no health"}"
                : $"{r.Name} not created");
            var message = $"The AppHost was not healthy within {StartTimeout.TotalMinutes} minutes: {string.Join(", ", states)}.";
            await app.DisposeAsync();
            throw new TimeoutException(message);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AppHostCollection : ICollectionFixture<RunningAppHost>
{
    public const string Name = "apphost";
}
