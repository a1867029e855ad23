using System.Security.Claims;

namespace CorporateParenting.ServiceDefaults.Security;

/// <summary>Claim types the platform reads from a token.</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Role = "role";

    /// <summary>ONS code of the local authority a partner caller acts for, e.g. <c>E10000007</c>.</summary>
    public const string Authority = "authority";

    /// <summary>The URN of the school a <see cref="Roles.School"/> caller acts for, e.g. <c>112233</c>.</summary>
    public const string Urn = "urn";

    /// <summary>Who is acting, as kept beside what they record: the token's subject, "unknown" without one.</summary>
    public static string SubjectOf(ClaimsPrincipal user) => user.FindFirst(Subject)?.Value ?? "unknown";
}
