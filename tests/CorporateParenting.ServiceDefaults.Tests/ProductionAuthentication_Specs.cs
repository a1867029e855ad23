using System.Net;
using System.Net.Http.Headers;
using CorporateParenting.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace CorporateParenting.ServiceDefaults.Tests;

public sealed class ProductionAuthentication_Specs
{
    private const string DevelopmentKey = "a-development-key-that-is-long-enough-0123";

    private static async Task<WebApplication> StartAsync(string environment, Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }
        builder.AddServiceDefaults();
        var app = builder.Build();
        app.MapGet("/records", () => "a child's record").RequireAuthorization(Policies.ReadChildRegister);
        app.UsePlatformDefaults();
        app.MapDefaultEndpoints();
        await app.StartAsync();
        return app;
    }

    private static async Task<HttpStatusCode> GetRecordsAsync(WebApplication app, string token)
    {
        var client = app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetAsync("/records")).StatusCode;
    }

    [Fact]
    public async Task Production_refuses_a_token_from_the_development_issuer_even_when_a_development_key_is_configured()
    {
        await using var app = await StartAsync("Production", new()
        {
            ["Authentication:Authority"] = "https://127.0.0.1:9/",
            ["Authentication:Audience"] = DevelopmentTokens.Audience,
            ["Authentication:DevelopmentSigningKey"] = DevelopmentKey,
        });

        Assert.Equal(HttpStatusCode.Unauthorized, await GetRecordsAsync(app, DevelopmentTokens.Create(DevelopmentKey, "dev", [Roles.Placements])));
    }

    [Fact]
    public async Task Development_accepts_a_token_signed_with_its_development_key()
    {
        await using var app = await StartAsync("Development", new() { ["Authentication:DevelopmentSigningKey"] = DevelopmentKey });

        Assert.Equal(HttpStatusCode.OK, await GetRecordsAsync(app, DevelopmentTokens.Create(DevelopmentKey, "dev", [Roles.Placements])));
        Assert.Equal(HttpStatusCode.Forbidden, await GetRecordsAsync(app, DevelopmentTokens.Create(DevelopmentKey, "dev", [Roles.Board])));
        Assert.Equal(HttpStatusCode.Unauthorized, await GetRecordsAsync(app, "not-a-token"));
    }

    [Fact]
    public async Task Production_without_an_authority_refuses_to_start()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            StartAsync("Production", new() { ["Authentication:DevelopmentSigningKey"] = DevelopmentKey }));

        Assert.Contains("Authentication__Authority", error.Message);
    }

    [Fact]
    public async Task An_endpoint_that_names_no_policy_is_refused_to_everyone()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Configuration["Authentication:DevelopmentSigningKey"] = DevelopmentKey;
        builder.AddServiceDefaults();
        await using var app = builder.Build();
        app.MapGet("/forgotten", () => "open by accident?");
        app.UsePlatformDefaults();
        app.MapDefaultEndpoints();
        await app.StartAsync();
        var client = app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevelopmentTokens.Create(DevelopmentKey, "root", Roles.All));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/forgotten")).StatusCode);
    }

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        await using var app = await StartAsync("Development", new() { ["Authentication:DevelopmentSigningKey"] = DevelopmentKey });

        var response = await app.GetTestClient().GetAsync("/alive");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }
}
