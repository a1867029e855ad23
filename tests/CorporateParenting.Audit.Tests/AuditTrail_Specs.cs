using System.Diagnostics;
using System.Net;
using CorporateParenting.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.Audit.Tests;

[Collection(AuditCollection.Name)]
public sealed class AuditTrail_Specs(InfrastructureFixture fixture) : IAsyncLifetime
{
    private const string TraceId = "0af7651916cd43dd8448eb211c80319c";
    private AuditHost _host = null!;

    public async Task InitializeAsync() => _host = await AuditHost.StartAsync(await fixture.CleanDatabaseAsync("audit_tests"));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_read_leaves_a_row_naming_the_caller_the_action_the_child_and_the_trace()
    {
        var childId = await _host.AddChildAsync("Sam");
        using var request = AuditHost.As(HttpMethod.Get, $"/api/children/{childId}", "nurse-7", "placements, health");
        request.Headers.Add("traceparent", $"00-{TraceId}-b7ad6b7169203331-01");

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _host.ChainAsync();
        var row = Assert.Single(await _host.RecordsAsync());
        Assert.Equal("nurse-7", row.Subject);
        Assert.Equal("health,placements", row.Roles);
        Assert.Null(row.Authority);
        Assert.Equal(AuditHost.ReadAction, row.Action);
        Assert.Equal("child", row.RecordKind);
        Assert.Equal(childId, row.ChildId);
        Assert.Null(row.RecordId);
        Assert.Equal(TraceId, row.TraceId);
        Assert.Equal(1, row.ChainPosition);
        Assert.Equal(AuditHash.Genesis, row.PreviousHash);
        Assert.Matches("^[0-9a-f]{64}$", row.Hash);
        Assert.Equal(AuditHash.Compute(row, AuditHash.Genesis), row.Hash);
        Assert.InRange(row.OccurredAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task A_partner_read_records_the_authority_it_acted_for()
    {
        var childId = await _host.AddChildAsync("Ali");
        using var request = AuditHost.As(HttpMethod.Get, $"/api/children/{childId}", "officer@kent", "partner", "E10000016");

        Assert.Equal(HttpStatusCode.OK, (await _host.Client.SendAsync(request)).StatusCode);

        var row = Assert.Single(await _host.RecordsAsync());
        Assert.Equal(("officer@kent", "partner", "E10000016"), (row.Subject, row.Roles, row.Authority));
    }

    [Fact]
    public async Task A_change_and_its_row_commit_together_and_a_failed_change_leaves_neither()
    {
        var childId = await _host.AddChildAsync("Sam");

        using var change = AuditHost.As(HttpMethod.Put, $"/api/children/{childId}/name?name=Samuel", "worker-1", "placements");
        Assert.Equal(HttpStatusCode.NoContent, (await _host.Client.SendAsync(change)).StatusCode);
        using var failed = AuditHost.As(HttpMethod.Put, $"/api/children/{childId}/name?name=Sammy&fail=true", "worker-1", "placements");
        Assert.Equal(HttpStatusCode.InternalServerError, (await _host.Client.SendAsync(failed)).StatusCode);

        await _host.ChainAsync();
        var row = Assert.Single(await _host.RecordsAsync());
        Assert.Equal((AuditHost.ChangeAction, "child", childId, "worker-1"), (row.Action, row.RecordKind, row.ChildId, row.Subject));
        var name = await _host.InScopeAsync(services =>
            services.GetRequiredService<AuditTestDbContext>().Children.Where(c => c.Id == childId).Select(c => c.Name).SingleAsync());
        Assert.Equal("Samuel", name);
        Assert.True((await _host.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task Without_an_http_caller_the_service_itself_is_the_actor()
    {
        var childId = Guid.NewGuid();
        using var activity = new Activity("consume ChildEnteredCare").SetIdFormat(ActivityIdFormat.W3C).Start();

        await _host.RecordAsync(new AuditEntry("ChildEnteredCareConsumer", "health-assessment", childId, "iha-1"));

        var row = Assert.Single(await _host.RecordsAsync());
        Assert.Equal("system:" + _host.ApplicationName, row.Subject);
        Assert.Equal(AuditActor.ServiceRole, row.Roles);
        Assert.Null(row.Authority);
        Assert.Equal(("health-assessment", childId, "iha-1"), (row.RecordKind, row.ChildId, row.RecordId));
        Assert.Equal(activity.TraceId.ToHexString(), row.TraceId);
    }

    [Fact]
    public async Task Rows_wait_unchained_until_the_chainer_links_each_to_the_one_before()
    {
        for (var i = 0; i < 5; i++)
        {
            await _host.RecordAsync(new AuditEntry("GetChild", "child", Guid.NewGuid()));
        }
        Assert.All(await _host.RecordsAsync(), row => Assert.Equal((null, null, null), (row.ChainPosition, row.PreviousHash, row.Hash)));
        Assert.Equal(new AuditVerification(true, 0, null, null, AwaitingChain: 5), await _host.VerifyAsync());

        Assert.Equal(5, await _host.ChainAsync());

        var rows = (await _host.RecordsAsync()).OrderBy(r => r.ChainPosition).ToList();
        Assert.Equal([1L, 2, 3, 4, 5], rows.Select(r => r.ChainPosition!.Value));
        Assert.Equal(AuditHash.Genesis, rows[0].PreviousHash);
        Assert.All(rows.Skip(1).Zip(rows), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.Equal(new AuditVerification(true, 5, null, null), await _host.VerifyAsync());
        Assert.Equal(0, await _host.ChainAsync());
    }

    [Fact]
    public async Task Two_hundred_concurrent_records_chained_by_three_racing_instances_form_one_valid_chain()
    {
        var childId = Guid.NewGuid();

        var recording = Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => _host.RecordAsync(new AuditEntry("GetChild", "child", childId, $"read-{i}")))));
        var chaining = Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (!recording.IsCompleted)
            {
                await _host.ChainAsync(batchSize: 7);
            }
        })));
        await Task.WhenAll(recording, chaining);
        await _host.ChainAsync();

        var rows = await _host.RecordsAsync();
        Assert.Equal(200, rows.Count);
        Assert.Equal(200, rows.Select(r => r.RecordId).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 200).Select(p => (long?)p), rows.Select(r => r.ChainPosition).Order());
        Assert.Equal(200, rows.Select(r => r.PreviousHash).Distinct().Count());
        Assert.Equal(new AuditVerification(true, 200, null, null), await _host.VerifyAsync());
        Assert.Equal(new AuditVerification(true, 200, null, null), await _host.VerifyAsync(pageSize: 7));
    }

    [Fact]
    public async Task A_row_joins_the_chain_only_once_its_transaction_commits()
    {
        await _host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AuditTestDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await services.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEntry("GetChild", "child", Guid.NewGuid(), "first-inserted"), CancellationToken.None);
            await _host.RecordAsync(new AuditEntry("GetChild", "child", Guid.NewGuid(), "first-committed"));

            Assert.Equal(1, await _host.ChainAsync());
            await transaction.CommitAsync();
        });
        Assert.Equal(1, await _host.ChainAsync());

        var rows = (await _host.RecordsAsync()).OrderBy(r => r.ChainPosition).Select(r => r.RecordId);
        Assert.Equal(["first-committed", "first-inserted"], rows);
        Assert.True((await _host.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task In_a_running_service_the_background_chainer_links_rows_within_moments()
    {
        await using var service = await AuditHost.StartAsync(_host.ConnectionString, backgroundChaining: true);

        await service.RecordAsync(new AuditEntry("GetChild", "child", Guid.NewGuid()));

        await Eventually.ReturnsAsync(() => service.VerifyAsync(), v => v == new AuditVerification(true, 1, null, null),
            "the background chainer to chain the row", TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task An_entry_recorded_in_a_transaction_that_rolls_back_leaves_no_row()
    {
        await _host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AuditTestDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await services.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEntry("GetChild", "child", Guid.NewGuid()), CancellationToken.None);
            Assert.Equal(1, await db.AuditRecords.CountAsync());
            await transaction.RollbackAsync();
        });
        Assert.Empty(await _host.RecordsAsync());

        await _host.RecordAsync(new AuditEntry("GetChild", "child", Guid.NewGuid()));
        await _host.ChainAsync();
        var row = Assert.Single(await _host.RecordsAsync());
        Assert.Equal(AuditHash.Genesis, row.PreviousHash);
        Assert.True((await _host.VerifyAsync()).IsIntact);
    }
}
