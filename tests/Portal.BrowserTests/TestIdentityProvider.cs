using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Portal.BrowserTests;

/// <summary>
/// A real OpenID Connect provider for the tests, in this process (OpenIddict's server without a database): the
/// authorisation code flow with PKCE for the Portal as a public client, a page to pick who signs in, and access tokens
/// (RS256 JWTs for <see cref="Audience"/>) carrying <c>sub</c>, <c>name</c> and <c>role</c> as the council's provider would.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "portal";
    public const string Audience = "corporate-parenting";

    public sealed record Person(string Subject, string Name, string Role);

    public static readonly IReadOnlyList<Person> People =
    [
        new("oidc-nina", "Nina Nurse", "health"),
        new("oidc-bea", "Bea Board", "board"),
    ];

    private readonly ConcurrentDictionary<string, byte> _redirectUris = new();
    private WebApplication? _app;

    public Uri Authority { get; private set; } = null!;

    /// <summary>A client's callback the provider will send codes to (<c>{portal}/signin-oidc</c>).</summary>
    public void AllowRedirectTo(Uri portal) => _redirectUris[new Uri(portal, "signin-oidc").ToString()] = 0;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie => { cookie.Cookie.Name = "test-idp-session"; cookie.LoginPath = "/login"; });
        builder.Services.AddOpenIddict().AddServer(server =>
        {
            server.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Roles);
            server.AddSigningKey(new RsaSecurityKey(RSA.Create(2048))).AddEncryptionKey(new RsaSecurityKey(RSA.Create(2048)));
            server.DisableAccessTokenEncryption(); // a signed JWT the services can validate against the provider's keys
            server.EnableDegradedMode(); // no store: the two handlers below check the client instead
            server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            server.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.RedirectUri is null || !_redirectUris.ContainsKey(context.RedirectUri))
                {
                    context.Reject(Errors.InvalidRequest, "Unknown client or redirect URI.");
                }
                return default;
            }));
            server.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }
                return default;
            }));
        });

        _app = builder.Build();
        _app.UseAuthentication();
        _app.MapGet("/login", (string? ReturnUrl) => Results.Content(
            "<!DOCTYPE html><html lang=\"en\"><head><title>Test identity provider</title></head><body><h1>Test identity provider</h1>" +
            "<form method=\"post\" action=\"/login\">" +
            $"<input type=\"hidden\" name=\"ReturnUrl\" value=\"{WebUtility.HtmlEncode(ReturnUrl ?? "/")}\">" +
            string.Concat(People.Select(p => $"<button type=\"submit\" name=\"person\" value=\"{p.Subject}\">{WebUtility.HtmlEncode(p.Name)}</button>")) +
            "</form></body></html>", "text/html"));
        _app.MapPost("/login", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            var person = People.Single(p => p.Subject == form["person"]);
            await http.SignInAsync(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, person.Subject)], "test-idp")));
            return Results.LocalRedirect(form["ReturnUrl"].ToString() is { Length: > 0 } returnUrl ? returnUrl : "/");
        });
        _app.MapMethods("/connect/authorize", ["GET", "POST"], async (HttpContext http) =>
        {
            var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
            var session = await http.AuthenticateAsync();
            if (!session.Succeeded)
            {
                return Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.Path + http.Request.QueryString });
            }
            var person = People.Single(p => p.Subject == session.Principal!.FindFirstValue(ClaimTypes.NameIdentifier));
            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, person.Subject).SetClaim(Claims.Name, person.Name).SetClaim(Claims.Role, person.Role);
            identity.SetScopes(request.GetScopes());
            identity.SetResources(Audience);
            identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        await _app.StartAsync();
        Authority = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
