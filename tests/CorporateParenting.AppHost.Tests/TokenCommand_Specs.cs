using CorporateParenting.ServiceDefaults.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CorporateParenting.AppHost.Tests;

/// <summary>
/// The AppHost's <c>token</c> command: its lifetime option and its refusals, and that what it prints passes, or fails,
/// the services' own validation of development tokens. Tokens are signed with a test key and minted at a given time.
/// </summary>
public sealed class TokenCommand_Specs
{
    private const string Key = "token-command-specs-signing-key-0123456789";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Without_lifetime_a_token_is_valid_for_eight_hours_from_when_it_was_minted()
    {
        var token = new JsonWebToken(Mint(["--role", "admin"]).Token);

        Assert.Equal(Now.UtcDateTime, token.IssuedAt);
        Assert.Equal(Now.UtcDateTime, token.ValidFrom);
        Assert.Equal(Now.UtcDateTime.AddHours(8), token.ValidTo);
        Assert.Equal(TokenCommand.MaximumLifetime, token.ValidTo - token.IssuedAt);
    }

    [Theory]
    [InlineData("1s", 1)]
    [InlineData("90s", 90)]
    [InlineData("00:05:00", 300)]
    [InlineData("5m", 300)]
    [InlineData("2h", 7200)]
    [InlineData("08:00:00", 28800)]
    public void Lifetime_sets_when_the_token_expires(string lifetime, int seconds)
    {
        var token = new JsonWebToken(Mint(["--role", "health", "--lifetime", lifetime]).Token);

        Assert.Equal(TimeSpan.FromSeconds(seconds), token.ValidTo - token.IssuedAt);
        Assert.Equal(Now.UtcDateTime.AddSeconds(seconds), token.ValidTo);
    }

    [Theory]
    [InlineData("0s", "from 00:00:01 to 08:00:00")]
    [InlineData("00:00:00", "from 00:00:01 to 08:00:00")]
    [InlineData("9h", "from 00:00:01 to 08:00:00")]
    [InlineData("08:00:01", "from 00:00:01 to 08:00:00")]
    [InlineData("481m", "from 00:00:01 to 08:00:00")]
    [InlineData("-5m", "is not a duration")]
    [InlineData("300", "is not a duration")]
    [InlineData("1.5s", "is not a duration")]
    [InlineData("00:00:00.5", "is not a duration")]
    [InlineData("00:60:00", "is not a duration")]
    [InlineData("5 minutes", "is not a duration")]
    public void A_lifetime_that_is_not_a_positive_duration_of_at_most_eight_hours_is_refused_with_the_reason(string lifetime, string reason)
    {
        var (exit, token, errors) = Mint(["--role", "admin", "--lifetime", lifetime]);

        Assert.Equal(2, exit);
        Assert.Empty(token);
        Assert.Contains($"token: --lifetime", errors);
        Assert.Contains(reason, errors);
        Assert.Contains("[--lifetime <duration>]", errors);
    }

    [Fact]
    public void Lifetime_given_twice_or_without_a_value_is_refused()
    {
        Assert.Contains("--lifetime is given twice", Mint(["--role", "admin", "--lifetime", "5m", "--lifetime", "1h"]).Errors);
        Assert.Contains("unexpected '--lifetime'", Mint(["--role", "admin", "--lifetime"]).Errors);
    }

    [Fact]
    public async Task What_it_prints_passes_the_services_validation_with_its_roles_authority_and_subject()
    {
        var (exit, token, _) = Mint(["--role", "partner", "--authority", "E10000007", "--subject", "derbyshire.duty", "--lifetime", "5m"], clock: TimeProvider.System);

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, DevelopmentTokens.ValidationParameters(Key));

        Assert.Equal(0, exit);
        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("derbyshire.duty", result.ClaimsIdentity.Name);
        Assert.Equal("E10000007", result.ClaimsIdentity.FindFirst(PlatformClaims.Authority)?.Value);
        Assert.True(result.ClaimsIdentity.HasClaim(PlatformClaims.Role, Roles.Partner));
    }

    [Fact]
    public async Task A_token_whose_lifetime_ended_longer_ago_than_the_clock_skew_fails_the_services_validation_as_expired()
    {
        var parameters = DevelopmentTokens.ValidationParameters(Key);
        var mintedAt = DateTimeOffset.UtcNow - TimeSpan.FromSeconds(1) - parameters.ClockSkew - TimeSpan.FromSeconds(30);
        var (_, token, _) = Mint(["--role", "admin", "--lifetime", "1s"], clock: new FixedClock(mintedAt));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, parameters);

        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenExpiredException>(result.Exception);
    }

    [Fact]
    public void The_roles_and_the_partners_authority_are_still_required()
    {
        Assert.Contains("at least one --role is required", Mint(["--lifetime", "5m"]).Errors);
        Assert.Contains("a partner token needs --authority", Mint(["--role", "partner"]).Errors);
        Assert.Contains("unknown role 'nurse'", Mint(["--role", "nurse"]).Errors);
    }

    private static (int Exit, string Token, string Errors) Mint(string[] options, TimeProvider? clock = null)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = TokenCommand.Run([TokenCommand.Name, .. options], output, errors, () => Key, clock ?? new FixedClock(Now));
        return (exit, output.ToString().Trim(), errors.ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
