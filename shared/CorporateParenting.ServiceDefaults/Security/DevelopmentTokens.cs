using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CorporateParenting.ServiceDefaults.Security;

/// <summary>
/// Tokens signed with a development key, for local runs and tests only: services accept them only when the
/// environment is Development (see <see cref="AuthenticationExtensions"/>).
/// </summary>
public static class DevelopmentTokens
{
    public const string Issuer = "corporate-parenting-development";
    public const string Audience = "corporate-parenting";
    public const int MinimumKeyLength = 32;

    /// <summary>How long a token lives unless the caller says otherwise.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);

    /// <summary>
    /// A token valid from now (by <paramref name="clock"/>, the system clock unless given) for <paramref name="lifetime"/>
    /// (<see cref="DefaultLifetime"/> unless given).
    /// </summary>
    public static string Create(
        string signingKey, string subject, IEnumerable<string> roles, string? authority = null, TimeSpan? lifetime = null, TimeProvider? clock = null,
        string? urn = null)
    {
        var claims = new List<Claim> { new(PlatformClaims.Subject, subject) };
        claims.AddRange(roles.Select(role => new Claim(PlatformClaims.Role, role)));
        if (authority is not null)
        {
            claims.Add(new Claim(PlatformClaims.Authority, authority));
        }
        if (urn is not null)
        {
            claims.Add(new Claim(PlatformClaims.Urn, urn));
        }
        var now = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? DefaultLifetime),
            SigningCredentials = new SigningCredentials(KeyFrom(signingKey), SecurityAlgorithms.HmacSha256),
        });
    }

    public static TokenValidationParameters ValidationParameters(string signingKey) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = KeyFrom(signingKey),
        NameClaimType = PlatformClaims.Subject,
        RoleClaimType = PlatformClaims.Role,
    };

    private static SymmetricSecurityKey KeyFrom(string signingKey) =>
        signingKey.Length >= MinimumKeyLength
            ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey))
            : throw new InvalidOperationException($"The development signing key must be at least {MinimumKeyLength} characters long.");
}
