using System.Security.Claims;
using CorporateParenting.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Portal.Web.SignIn;

/// <summary>
/// How a person is signed in to the Portal (services/Portal/README.md): a cookie session for the pages, holding the token the
/// Portal sends to the services on the person's behalf, so that every service checks the person's own role and every
/// audit row names them. API callers (the platform status) still send their own bearer token.
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
        builder.Services.AddAuthentication(PagesOrApi)
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
