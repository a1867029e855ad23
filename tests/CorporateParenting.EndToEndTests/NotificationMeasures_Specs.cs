extern alias NotificationsApi;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.Notifications.V1;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Google.Rpc;
using Grpc.Core;
using NotificationsDbContext = NotificationsApi::Notifications.Api.Infrastructure.NotificationsDbContext;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// notifications.v1 <c>GetMeasures</c> (docs/out-of-area.md §14) on the real broker and database: our notices to host
/// authorities sent on time as at a day, per partner and over the months, the same counts as the REST figures; the
/// board and staff may read it, a partner may not, a call without a token is unauthenticated; bad input names its field.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class NotificationMeasures_Specs(InfrastructureFixture fixture) : IAsyncLifetime
{
    private const string Rutland = "E06000017";
    private const string Api = "/api/notifications/outbound";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private ServiceFactory<NotificationsDbContext> _service = null!;
    private CorporateParenting.Notifications.V1.Notifications.NotificationsClient _grpc = null!;

    public async Task InitializeAsync()
    {
        _service = await ServiceFactory<NotificationsDbContext>.StartAsync(fixture, ResourceNames.NotificationsDb);
        _grpc = new(_service.CreateGrpcChannel());
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A child placed in Rutland on <paramref name="startsOn"/> (the notice due that day), its notice sent on <paramref name="sentOn"/> if given.</summary>
    private async Task PlacedInRutlandAsync(HttpClient team, DateOnly startsOn, DateOnly? sentOn)
    {
        var (child, period) = (Guid.NewGuid(), Guid.NewGuid());
        await _service.PublishConsumedAsync(new ChildEnteredCare(child, period, "Ava", "Measured", new DateOnly(2013, 4, 2), startsOn, "C2", "N1", "U4", Rutland, true, DateTimeOffset.UtcNow));
        var id = (await team.GetFromJsonAsync<JsonElement>($"{Api}?hostAuthorityCode={Rutland}&pageSize=200")).GetProperty("items").EnumerateArray()
            .Single(n => n.GetProperty("childId").GetGuid() == child).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await team.PutAsJsonAsync($"{Api}/{id}/content", new
        {
            needsAssessment = "Settled foster care near school.", reasonsForPlacement = "Matched carers.", carePlanReference = "CP-2026-300",
        })).StatusCode);
        if (sentOn is { } sent)
        {
            Assert.Equal(HttpStatusCode.OK, (await team.PostAsJsonAsync($"{Api}/{id}/notices/placement/sent", new { sentOn = Iso(sent) })).StatusCode);
        }
    }

    [Fact]
    public async Task The_board_sees_how_many_notices_went_by_their_deadline_as_at_a_day_and_month_by_month_exact_as_the_team_sees_them()
    {
        using var team = _service.CreateClient(TestTokens.For(Roles.Notifications));
        await PlacedInRutlandAsync(team, Today.AddDays(-40), Today.AddDays(-40)); // on the day due: on time
        await PlacedInRutlandAsync(team, Today.AddDays(-30), Today.AddDays(-28)); // sent two days late
        await PlacedInRutlandAsync(team, Today.AddDays(-20), null);               // never sent: late from the day after
        await PlacedInRutlandAsync(team, Today, null);                            // due today: can still be on time

        var measures = await _grpc.GetMeasuresAsync(new GetMeasuresRequest { Months = 3 }, TestTokens.GrpcAs(Roles.Board));

        Assert.Equal((Iso(Today), Iso(Today.AddYears(-1).AddDays(1))), (measures.AsAt, measures.PeriodStart));
        Assert.Equal((4, 2, 1), (measures.PlacementNotices.Due, measures.PlacementNotices.Late, measures.PlacementNotices.Pending));
        Assert.Equal((1, 3, 33), (measures.PlacementNotices.OnTime.Numerator, measures.PlacementNotices.OnTime.Denominator, measures.PlacementNotices.OnTime.Percent));
        Assert.Equal((0, 0), (measures.EndNotices.Due, measures.AllNotices.Due - measures.PlacementNotices.Due));
        var rutland = Assert.Single(measures.Partners);
        Assert.Equal((Rutland, 0, 4, 2, 2), (rutland.AuthorityCode, rutland.Received, rutland.Owed, rutland.OwedLate, rutland.SentUnacknowledged));
        Assert.Equal(3, measures.Monthly.Count);
        Assert.All(measures.Monthly, m => Assert.True(DateOnly.Parse(m.AsAt).AddDays(1).Day == 1 && DateOnly.Parse(m.AsAt) <= Today));
        Assert.Equal(measures.Monthly.Select(m => m.AsAt).Order(), measures.Monthly.Select(m => m.AsAt));

        var earlier = await _grpc.GetMeasuresAsync(new GetMeasuresRequest { AsAt = Iso(Today.AddDays(-29)), PeriodStart = Iso(Today.AddDays(-45)) }, TestTokens.GrpcAs(Roles.Health));
        // As things stood then: the second was not sent yet and was a day overdue; the third was not due yet.
        Assert.Equal((2, 1, 0, 1), (earlier.PlacementNotices.Due, earlier.PlacementNotices.Late, earlier.PlacementNotices.Pending, earlier.PlacementNotices.OnTime.Numerator));
        Assert.Empty(earlier.Monthly);

        var rest = await team.GetFromJsonAsync<JsonElement>("/api/notifications/figures");
        var all = rest.GetProperty("allNotices");
        Assert.Equal(("4", "1", "2", "1", "33%"), (all.GetProperty("due").GetString(), all.GetProperty("sentOnTime").GetString(), all.GetProperty("late").GetString(),
            all.GetProperty("pending").GetString(), all.GetProperty("sentOnTimeRate").GetString()));
        using var board = _service.CreateClient(TestTokens.For(Roles.Board));
        Assert.Equal("c", (await board.GetFromJsonAsync<JsonElement>("/api/notifications/figures")).GetProperty("allNotices").GetProperty("due").GetString());
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_each_field()
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => _grpc.GetMeasuresAsync(
            new GetMeasuresRequest { AsAt = "2026-13-01", Months = 25 }, TestTokens.GrpcAs(Roles.Board)).ResponseAsync);
        var reversed = await Assert.ThrowsAsync<RpcException>(() => _grpc.GetMeasuresAsync(
            new GetMeasuresRequest { AsAt = Iso(Today.AddDays(-10)), PeriodStart = Iso(Today.AddDays(-9)) }, TestTokens.GrpcAs(Roles.Board)).ResponseAsync);
        var negative = await Assert.ThrowsAsync<RpcException>(() => _grpc.GetMeasuresAsync(
            new GetMeasuresRequest { Months = -1 }, TestTokens.GrpcAs(Roles.Board)).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(["as_at", "months"], refused.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Order());
        Assert.Equal(["period_start"], reversed.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
        Assert.Equal(["months"], negative.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }

    [Theory]
    [InlineData(Roles.Partner, StatusCode.PermissionDenied)]
    [InlineData(Roles.CaseSystem, StatusCode.PermissionDenied)]
    [InlineData(Roles.Service, StatusCode.PermissionDenied)]
    [InlineData(null, StatusCode.Unauthenticated)]
    public async Task Only_the_board_and_staff_may_read_the_measures(string? role, StatusCode refusal)
    {
        var headers = role is null ? new Metadata() : TestTokens.GrpcAs(role);

        var refused = await Assert.ThrowsAsync<RpcException>(() => _grpc.GetMeasuresAsync(new GetMeasuresRequest(), headers).ResponseAsync);

        Assert.Equal(refusal, refused.StatusCode);
        Assert.Equal(0, (await _grpc.GetMeasuresAsync(new GetMeasuresRequest(), TestTokens.GrpcAs(Roles.Board))).AllNotices.Due);
        Assert.Equal(0, (await _grpc.GetMeasuresAsync(new GetMeasuresRequest(), TestTokens.GrpcAs(Roles.LeavingCare))).AllNotices.Due);
    }
}
