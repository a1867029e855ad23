using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace CorporateParenting.Infrastructure.Tests;

public sealed class LifecycleTests(ITestOutputHelper output)
{
    private readonly TestLogger _logger = new(output.WriteLine);

    [Fact]
    public async Task Dispose_leaves_no_process_no_port_and_no_folder_behind()
    {
        var directory = TestData.NewDirectory("dispose");
        var infrastructure = await StartAsync(directory, ephemeral: true, 0, 0);
        var postgresPort = new NpgsqlConnectionStringBuilder(infrastructure.PostgresConnectionString).Port;
        var amqpPort = infrastructure.RabbitMqUri.Port;
        var running = ProcessTable.OfServersIn(directory);
        output.WriteLine($"While running:{Environment.NewLine}{ProcessTable.Describe(running)}");
        Assert.Contains(running, p => Program(p) == "beam.smp");
        Assert.Contains(running, p => Program(p) == "epmd");
        Assert.Contains(running, p => Program(p) == "postgres");

        var stopwatch = Stopwatch.StartNew();
        await infrastructure.DisposeAsync();
        output.WriteLine($"Dispose took {stopwatch.Elapsed.TotalSeconds:0.00} s");
        await infrastructure.DisposeAsync(); // idempotent

        NothingLeftBehind.In(directory, ("PostgreSQL", postgresPort), ("AMQP", amqpPort));
    }

    [Fact]
    public async Task Persistent_data_survives_a_restart()
    {
        var directory = TestData.NewDirectory("keep");
        var ports = FreePort.Pick(2);
        try
        {
            var cold = Stopwatch.StartNew();
            await using (var first = await StartAsync(directory, ephemeral: false, ports[0], ports[1]))
            {
                output.WriteLine($"Cold start (initdb + new RabbitMQ node, durable): {cold.Elapsed.TotalSeconds:0.00} s");
                await first.EnsureDatabaseAsync("kept");
                await using var connection = await new ConnectionFactory { Uri = first.RabbitMqUri }.CreateConnectionAsync();
                await using var channel = await connection.CreateChannelAsync();
                await channel.QueueDeclareAsync("kept-queue", durable: true, exclusive: false, autoDelete: false);
            }

            Assert.Empty(ProcessTable.OfServersIn(directory));

            var warm = Stopwatch.StartNew();
            await using (var second = await StartAsync(directory, ephemeral: false, ports[0], ports[1]))
            {
                output.WriteLine($"Warm start (existing cluster and node): {warm.Elapsed.TotalSeconds:0.00} s");
                await using var database = new NpgsqlConnection(second.ConnectionStringFor("kept"));
                await database.OpenAsync();
                await using var connection = await new ConnectionFactory { Uri = second.RabbitMqUri }.CreateConnectionAsync();
                await using var channel = await connection.CreateChannelAsync();
                await channel.QueueDeclarePassiveAsync("kept-queue");
            }

            Assert.Empty(ProcessTable.OfServersIn(directory));
            Assert.True(Directory.Exists(directory));
        }
        finally
        {
            TestData.DeleteDirectory(directory);
        }
    }

    [Fact]
    public async Task Starting_over_a_leftover_run_replaces_its_servers()
    {
        var directory = TestData.NewDirectory("leftover");
        var ports = FreePort.Pick(2);
        try
        {
            // "leftover" stands for the servers of an AppHost that crashed without disposing them.
            await using var leftover = await StartAsync(directory, ephemeral: false, ports[0], ports[1]);
            await using (var replacement = await StartAsync(directory, ephemeral: false, ports[0], ports[1]))
            {
                var running = ProcessTable.OfServersIn(directory);
                output.WriteLine(ProcessTable.Describe(running));
                Assert.Single(running, p => Program(p) == "beam.smp");
                Assert.Single(running, p => Program(p) == "epmd");
                Assert.Single(running, p => Program(p) == "postgres");
                await using var connection = new NpgsqlConnection(replacement.PostgresConnectionString);
                await connection.OpenAsync();
            }

            await leftover.DisposeAsync();
            var left = ProcessTable.OfServersIn(directory);
            Assert.True(left.Count == 0, $"Left running:{Environment.NewLine}{ProcessTable.Describe(left)}");
        }
        finally
        {
            TestData.DeleteDirectory(directory);
        }
    }

    [Fact]
    public async Task A_failed_start_explains_itself_and_cleans_up()
    {
        var directory = TestData.NewDirectory("fail");
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var takenPort = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(directory, ephemeral: true, takenPort, 0));

        output.WriteLine(error.Message);
        Assert.Contains($"Port {takenPort}", error.Message);
        Assert.Contains(nameof(InfrastructureOptions.PostgresPort), error.Message);
        var left = ProcessTable.OfServersIn(directory);
        Assert.True(left.Count == 0, $"Left running:{Environment.NewLine}{ProcessTable.Describe(left)}");
        Assert.False(Directory.Exists(directory));
    }

    private static string Program((int Pid, string CommandLine) process) =>
        Path.GetFileName(process.CommandLine.Split(' ')[0]);

    private Task<IRunningInfrastructure> StartAsync(string directory, bool ephemeral, int postgresPort, int rabbitMqPort) =>
        InfrastructureLauncher.StartAsync(
            new InfrastructureOptions
            {
                DataDirectory = directory,
                PostgresPort = postgresPort,
                RabbitMqPort = rabbitMqPort,
                Ephemeral = ephemeral,
                Mode = InfrastructureMode.LocalServers,
            },
            _logger);
}
