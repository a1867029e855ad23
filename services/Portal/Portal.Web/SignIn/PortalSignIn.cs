using System.Security.Claims;
using CorporateParenting.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Portal.Web.SignIn;

/// <summary>
/// How a person is signed in to the Portal (services/Portal/README.md): a cookie session for the pages, holding the token the
/// Portal sends to the services on the person's behalf, so that every service checks the person's own role and every
/// audit row names them. The session comes from the council's OpenID Connect provider (code flow with PKCE; its access
/// token is the one kept), or, on a development machine without one, from the development sign-in. API callers (the
/// platform status) still send their own bearer token.
/// </summary>
public static class PortalSignIn
{
    /// <summary>The pages' policy: a person signed in under one of the platform's roles.</summary>
    public const string SignedIn = Policies.PortalSignedIn;

    /// <summary>The claim holding the person's name as shown on the pages (the session identity's name).</summary>
    public const string NameClaim = "name";

    /// <summary>Where the session's token for the services is kept (the authentication properties' tokens).</summary>
    public const string ServiceToken = "access_token";

    private const string PagesOrApi = "portal-pages-or-api";

    public static IHostApplicationBuilder AddPortalSignIn(this IHostApplicationBuilder builder)
    {
        var provider = builder.Configuration.GetSection(OpenIdConnectSignInOptions.Section).Get<OpenIdConnectSignInOptions>() ?? new OpenIdConnectSignInOptions();
        if (!provider.IsConfigured && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException($"The Portal signs staff in through OpenID Connect: set {OpenIdConnectSignInOptions.Section.Replace(":", "__")}__Authority.");
        }
        builder.Services.Configure<OpenIdConnectSignInOptions>(builder.Configuration.GetSection(OpenIdConnectSignInOptions.Section));
        var authentication = builder.Services.AddAuthentication(PagesOrApi)
            .AddPolicyScheme(PagesOrApi, "The session for pages, a bearer token for the API", scheme => scheme.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "portal-session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                cookie.LoginPath = "/sign-in";
                cookie.LogoutPath = "/sign-out";
                cookie.AccessDeniedPath = "/not-allowed";
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = false;
            });
        if (provider.IsConfigured)
        {
            authentication.AddOpenIdConnect(oidc =>
            {
                oidc.Authority = provider.Authority;
                oidc.RequireHttpsMetadata = provider.RequireHttpsMetadata;
                oidc.ClientId = provider.ClientId;
                oidc.ClientSecret = provider.ClientSecret;
                oidc.ResponseType = "code";
                oidc.ResponseMode = "query"; // a redirect back, not a cross-site form post, so the cookies below can stay SameSite=Lax
                oidc.UsePkce = true;
                oidc.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile" }.Concat(provider.Scopes))
                {
                    oidc.Scope.Add(scope);
                }
                oidc.SaveTokens = true; // its access token is the session's token for the services (ServiceToken)
                oidc.GetClaimsFromUserInfoEndpoint = false;
                oidc.MapInboundClaims = false;
                oidc.TokenValidationParameters.NameClaimType = NameClaim;
                oidc.TokenValidationParameters.RoleClaimType = PlatformClaims.Role;
                oidc.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                // The provider's redirect back is a cross-site top-level GET: Lax lets these cookies come with it, and
                // Secure follows the request so that tests over plain HTTP work (production is HTTPS only).
                foreach (var cookie in new[] { oidc.CorrelationCookie, oidc.NonceCookie })
                {
                    cookie.SameSite = SameSiteMode.Lax;
                    cookie.SecurePolicy = provider.RequireHttpsMetadata ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                }
            });
        }
        builder.Services.AddAuthorizationBuilder().AddPolicy(SignedIn, policy => policy
            .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
            .RequireRole(Roles.All));
        return builder;
    }

    /// <summary>Signs <paramref name="person"/> in for the session, keeping <paramref name="serviceToken"/> for the calls made on their behalf.</summary>
    public static Task SignInAsync(HttpContext http, ClaimsPrincipal person, string serviceToken)
    {
        var properties = new AuthenticationProperties { IsPersistent = false };
        properties.StoreTokens([new AuthenticationToken { Name = ServiceToken, Value = serviceToken }]);
        return http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, person, properties);
    }
}
