extern alias HealthApi;

using System.Net;
using System.Net.Http.Headers;
using CorporateParenting.AppHost;
using CorporateParenting.Health.V1;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.Testing;
using Grpc.Core;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using HealthEntryPoint = HealthApi::Health.Api.Grpc.HealthGrpcService;

namespace CorporateParenting.ReadmeExamples.Tests;

/// <summary>
/// <c>token --lifetime</c> against a real service (Health): a correctly signed token is refused once it has expired by
/// more than the clock skew the service's JWT validation allows, and accepted until then. The token command runs with a
/// clock set back, so no test waits for a token to expire.
/// </summary>
[Collection(ExamplesCollection.Name)]
public sealed class TokenLifetime_Specs(InfrastructureFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private ServiceFactory<HealthEntryPoint> _health = null!;

    public async Task InitializeAsync() => _health = await ServiceFactory<HealthEntryPoint>.StartAsync(fixture, ResourceNames.HealthDb);

    public async Task DisposeAsync() => await _health.DisposeAsync();

    /// <summary>What the service's JWT bearer validation allows, read from the running service.</summary>
    private TimeSpan ClockSkew => _health.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>()
        .Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters.ClockSkew;

    [Fact]
    public void The_services_allow_five_minutes_of_clock_skew_as_the_README_says() =>
        Assert.Equal(TimeSpan.FromMinutes(5), ClockSkew);

    [Fact]
    public async Task A_token_that_expired_longer_ago_than_the_clock_skew_is_refused_with_401_over_REST_and_gRPC()
    {
        var expired = Mint("admin", "health", mintedAt: DateTimeOffset.UtcNow - Lifetime - ClockSkew - TimeSpan.FromSeconds(30));

        using var response = await GetVerificationAsync(expired);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.Contains("invalid_token", challenge);
        Assert.Contains("expired", challenge);

        var health = new Health.V1.Health.HealthClient(_health.CreateGrpcChannel());
        var refused = await Assert.ThrowsAsync<RpcException>(async () =>
            await health.ListWorklistAsync(new ListWorklistRequest(), TestTokens.Grpc(expired)));
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    [Fact]
    public async Task A_token_that_expired_less_long_ago_than_the_clock_skew_is_still_accepted_and_so_is_one_still_valid()
    {
        var withinSkew = Mint("admin", "health", mintedAt: DateTimeOffset.UtcNow - Lifetime - ClockSkew + TimeSpan.FromSeconds(30));
        var valid = Mint("admin", "health", mintedAt: DateTimeOffset.UtcNow);

        using var lateButAccepted = await GetVerificationAsync(withinSkew);
        using var accepted = await GetVerificationAsync(valid);

        Assert.Equal(HttpStatusCode.OK, lateButAccepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    /// <summary><c>token --role … --lifetime 00:01:00</c>, as the AppHost runs it, signed with the key the service trusts.</summary>
    private static string Mint(string role, string secondRole, DateTimeOffset mintedAt)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = TokenCommand.Run(["token", "--role", role, "--role", secondRole, "--lifetime", "00:01:00"], output, errors,
            () => TestTokens.SigningKey, new FixedClock(mintedAt));
        Assert.True(exit == 0, errors.ToString());
        return output.ToString().Trim();
    }

    private async Task<HttpResponseMessage> GetVerificationAsync(string token)
    {
        using var client = _health.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync("/api/audit/verification");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
