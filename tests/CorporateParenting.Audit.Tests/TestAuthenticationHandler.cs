using System.Security.Claims;
using System.Text.Encodings.Web;
using CorporateParenting.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Audit.Tests;

/// <summary>
/// Signs a request in as whoever its test headers name, with the claim types a platform token carries
/// (<c>sub</c>, <c>role</c>, <c>authority</c>, unmapped); no headers, no identity.
/// </summary>
public sealed class TestAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "test";
    public const string SubjectHeader = "X-Test-Subject";
    public const string RolesHeader = "X-Test-Roles";
    public const string AuthorityHeader = "X-Test-Authority";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var subject = Request.Headers[SubjectHeader].ToString();
        if (string.IsNullOrEmpty(subject))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var claims = new List<Claim> { new(PlatformClaims.Subject, subject) };
        claims.AddRange(Request.Headers[RolesHeader].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(role => new Claim(PlatformClaims.Role, role)));
        var authority = Request.Headers[AuthorityHeader].ToString();
        if (!string.IsNullOrEmpty(authority))
        {
            claims.Add(new Claim(PlatformClaims.Authority, authority));
        }
        var identity = new ClaimsIdentity(claims, SchemeName, PlatformClaims.Subject, PlatformClaims.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
