using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Xunit.Abstractions;

namespace CorporateParenting.Infrastructure.Tests;

public sealed class LocalInfrastructureTests : IClassFixture<LocalInfrastructureFixture>
{
    private readonly LocalInfrastructureFixture _fixture;
    private readonly IRunningInfrastructure _infrastructure;

    public LocalInfrastructureTests(LocalInfrastructureFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _infrastructure = fixture.Infrastructure;
        output.WriteLine($"Cold start (initdb + new RabbitMQ node, ephemeral): {fixture.StartTime.TotalSeconds:0.00} s");
        output.WriteLine(_infrastructure.Description);
        foreach (var line in fixture.StartLog)
        {
            output.WriteLine(line);
        }
    }

    [Fact]
    public void Connection_string_has_the_Aspire_shape_on_loopback()
    {
        Assert.Matches(@"^Host=127\.0\.0\.1;Port=\d+;Username=postgres;Password=[^;]+;Database=postgres$",
            _infrastructure.PostgresConnectionString);
        Assert.EndsWith(";Database=placements", _infrastructure.ConnectionStringFor("placements"));
        Assert.Equal("amqp", _infrastructure.RabbitMqUri.Scheme);
        Assert.Equal("guest:guest", _infrastructure.RabbitMqUri.UserInfo);
        Assert.Equal("127.0.0.1", _infrastructure.RabbitMqUri.Host);
        Assert.StartsWith("local servers (PostgreSQL 15 on 127.0.0.1:", _infrastructure.Description);
    }

    [Fact]
    public async Task Postgres_accepts_connections_with_test_settings()
    {
        await using var connection = new NpgsqlConnection(_infrastructure.PostgresConnectionString);
        await connection.OpenAsync();

        Assert.Equal("300", await ScalarAsync(connection, "SHOW max_connections"));
        Assert.Equal("off", await ScalarAsync(connection, "SHOW fsync"));
        Assert.Equal("UTF8", await ScalarAsync(connection, "SHOW server_encoding"));
    }

    [Fact]
    public async Task EnsureDatabase_creates_a_database_once_and_tolerates_races()
    {
        const string database = "cp_infrastructure_test";

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _infrastructure.EnsureDatabaseAsync(database)));
        await _infrastructure.EnsureDatabaseAsync(database);

        await using var connection = new NpgsqlConnection(_infrastructure.ConnectionStringFor(database));
        await connection.OpenAsync();
        Assert.Equal(database, await ScalarAsync(connection, "SELECT current_database()"));
    }

    [Fact]
    public async Task RabbitMq_accepts_connections_and_routes_messages()
    {
        await using var connection = await new ConnectionFactory { Uri = _infrastructure.RabbitMqUri }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = (await channel.QueueDeclareAsync(exclusive: true)).QueueName;

        await channel.BasicPublishAsync("", queue, "hello"u8.ToArray());

        BasicGetResult? message = null;
        for (var i = 0; i < 50 && message is null; i++)
        {
            message = await channel.BasicGetAsync(queue, autoAck: true);
            await Task.Delay(message is null ? 20 : 0);
        }

        Assert.NotNull(message);
        Assert.Equal("hello", System.Text.Encoding.UTF8.GetString(message.Body.Span));
    }

    [Fact]
    public async Task StopBroker_drops_connections_and_StartBroker_brings_it_back()
    {
        var factory = new ConnectionFactory { Uri = _infrastructure.RabbitMqUri, AutomaticRecoveryEnabled = false };
        await using var before = await factory.CreateConnectionAsync();

        await _infrastructure.StopBrokerAsync();
        try
        {
            for (var i = 0; i < 100 && before.IsOpen; i++)
            {
                await Task.Delay(50);
            }

            Assert.False(before.IsOpen);
            await Assert.ThrowsAsync<BrokerUnreachableException>(() => factory.CreateConnectionAsync());
        }
        finally
        {
            await _infrastructure.StartBrokerAsync();
        }

        await using var after = await factory.CreateConnectionAsync();
        Assert.True(after.IsOpen);
    }

    private static async Task<string?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
