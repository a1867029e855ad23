using CorporateParenting.Health.V1;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Grpc.Core;

namespace CorporateParenting.EndToEndTests;

/// <summary>No token: Unauthenticated. A token without the role the method names: PermissionDenied.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AccessControl_Specs(InfrastructureFixture fixture) : PlacementsAndHealthSpecs(fixture)
{
    [Fact]
    public async Task A_call_without_a_token_is_unauthenticated()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Placements.GetChildAsync(new GetChildRequest { ChildId = Guid.NewGuid().ToString() }).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_unauthenticated()
    {
        var forged = DevelopmentTokens.Create("another-key-that-is-long-enough-0123456789", "mallory", [Roles.Admin]);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = Guid.NewGuid().ToString() }, TestTokens.Grpc(forged)).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Health)]
    [InlineData(Roles.Placements)]
    [InlineData(Roles.Board)]
    [InlineData(Roles.Partner)]
    public async Task Only_the_case_system_may_record_an_entry_to_care(string role)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Placements.RecordEntryToCareAsync(new RecordEntryToCareRequest { ClientRequestId = "x" }, TestTokens.GrpcAs(role)).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    [Theory]
    [InlineData(Roles.CaseSystem)]
    [InlineData(Roles.Placements)]
    [InlineData(Roles.VirtualSchool)]
    [InlineData(Roles.LeavingCare)]
    [InlineData(Roles.Board)]
    [InlineData(Roles.Partner)]
    public async Task Health_records_are_refused_to_everyone_but_health_and_admin(string role)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = Guid.NewGuid().ToString() }, TestTokens.GrpcAs(role)).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Health)]
    [InlineData(Roles.Admin)]
    public async Task Health_and_admin_may_read_health_records(string role)
    {
        // Let through to the handler, which finds no such child (NotFound since tracker issue 12), not PermissionDenied.
        var unknown = await Assert.ThrowsAsync<RpcException>(() =>
            Health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = Guid.NewGuid().ToString() }, TestTokens.GrpcAs(role)).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_board_never_reads_an_individual_child()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Placements.GetChildAsync(new GetChildRequest { ChildId = Guid.NewGuid().ToString() }, TestTokens.GrpcAs(Roles.Board)).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }
}
