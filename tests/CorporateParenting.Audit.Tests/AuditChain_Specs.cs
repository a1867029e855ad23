using CorporateParenting.Testing;
using Npgsql;

namespace CorporateParenting.Audit.Tests;

[Collection(AuditCollection.Name)]
public sealed class AuditChain_Specs(InfrastructureFixture fixture) : IAsyncLifetime
{
    private AuditHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await AuditHost.StartAsync(await fixture.CleanDatabaseAsync("audit_tests"));
        for (var i = 1; i <= 10; i++)
        {
            await _host.RecordAsync(new AuditEntry("GetChild", "child", Guid.NewGuid(), $"read-{i}"));
        }
        await _host.ChainAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_empty_trail_is_intact()
    {
        await using var empty = await AuditHost.StartAsync(await fixture.CleanDatabaseAsync("audit_tests"));

        Assert.Equal(new AuditVerification(true, 0, null, null), await empty.VerifyAsync());
    }

    [Theory]
    [InlineData("UPDATE audit_records SET subject = 'someone-else' WHERE id = 3")]
    [InlineData("UPDATE audit_records SET chain_position = 99, previous_hash = 'x', hash = 'y' WHERE id = 3")]
    [InlineData("DELETE FROM audit_records WHERE id = 3")]
    [InlineData("DELETE FROM audit_records")]
    public async Task The_database_refuses_to_update_or_delete_a_row(string sql)
    {
        await using var connection = new NpgsqlConnection(_host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(AuditTrailGuard.Message, refused.MessageText);
        Assert.Equal(10, (await _host.RecordsAsync()).Count);
        Assert.True((await _host.VerifyAsync()).IsIntact);
    }

    [Theory]
    [InlineData("subject = 'someone-else', chain_position = 11, previous_hash = 'x', hash = 'y'")]
    [InlineData("chain_position = 11, previous_hash = 'x', hash = NULL")]
    public async Task An_unchained_row_can_be_chained_once_with_its_content_unchanged_and_nothing_else(string assignment)
    {
        await _host.RecordAsync(new AuditEntry("GetChild", "child", Guid.NewGuid(), "read-11"));
        await using var connection = new NpgsqlConnection(_host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"UPDATE audit_records SET {assignment} WHERE id = 11", connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(AuditTrailGuard.Message, refused.MessageText);
        Assert.Equal(1, await _host.ChainAsync());
        Assert.Equal(new AuditVerification(true, 11, null, null), await _host.VerifyAsync());
    }

    [Theory]
    [InlineData("subject = 'someone-else'")]
    [InlineData("roles = 'admin'")]
    [InlineData("authority = 'E10000016'")]
    [InlineData("action = 'GetHealthSummary'")]
    [InlineData("record_kind = 'health-assessment'")]
    [InlineData("child_id = NULL")]
    [InlineData("record_id = 'read-99'")]
    [InlineData("trace_id = '0af7651916cd43dd8448eb211c80319c'")]
    [InlineData("occurred_at = occurred_at - interval '1 microsecond'")]
    public async Task Altering_any_field_of_a_row_is_found_at_exactly_that_row(string assignment)
    {
        await _host.TamperAsync($"UPDATE audit_records SET {assignment} WHERE id = 4");

        var verification = await _host.VerifyAsync(pageSize: 3);

        Assert.False(verification.IsIntact);
        Assert.Equal(4, verification.FirstBrokenId);
        Assert.Equal(4, verification.RowsChecked);
        Assert.Contains("altered", verification.Problem);
    }

    [Fact]
    public async Task Altering_a_row_and_recomputing_its_hash_is_found_at_the_row_after_it()
    {
        var original = (await _host.RecordsAsync()).Single(r => r.Id == 4);
        var forged = new AuditRecord
        {
            OccurredAt = original.OccurredAt,
            Subject = "someone-else",
            Roles = original.Roles,
            Action = original.Action,
            RecordKind = original.RecordKind,
            ChildId = original.ChildId,
            RecordId = original.RecordId,
            TraceId = original.TraceId,
        };
        await _host.TamperAsync("UPDATE audit_records SET subject = $1, hash = $2 WHERE id = 4", forged.Subject, AuditHash.Compute(forged, original.PreviousHash!));

        var verification = await _host.VerifyAsync();

        Assert.Equal(5, verification.FirstBrokenId);
        Assert.Contains("previous_hash", verification.Problem);
    }

    [Fact]
    public async Task Deleting_a_row_from_the_middle_is_found_at_the_row_after_the_gap()
    {
        await _host.TamperAsync("DELETE FROM audit_records WHERE id = 5");

        var verification = await _host.VerifyAsync(pageSize: 5);

        Assert.False(verification.IsIntact);
        Assert.Equal(6, verification.FirstBrokenId);
        Assert.Equal(5, verification.RowsChecked);
        Assert.Contains("previous_hash", verification.Problem);
    }
}
