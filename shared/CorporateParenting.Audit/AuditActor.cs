using System.Security.Claims;
using CorporateParenting.ServiceDefaults.Security;

namespace CorporateParenting.Audit;

/// <summary>Who read or changed a record: the caller's token claims, or the service itself when nobody called.</summary>
/// <param name="Subject">The <c>sub</c> claim, or <c>system:&lt;application name&gt;</c>.</param>
/// <param name="Roles">Distinct roles, sorted ordinally.</param>
/// <param name="Authority">The partner's ONS code, when the caller acts for another authority.</param>
public sealed record AuditActor(string Subject, IReadOnlyList<string> Roles, string? Authority)
{
    /// <summary>
    /// The role of a service acting on its own account, e.g. a message consumer, and the role of the token one service
    /// presents to another (<see cref="CorporateParenting.ServiceDefaults.Security.Roles.Service"/>): no person's token carries it.
    /// </summary>
    public const string ServiceRole = CorporateParenting.ServiceDefaults.Security.Roles.Service;

    public const string SystemSubjectPrefix = "system:";

    /// <summary>Unauthenticated callers only reach endpoints that allow anonymous access, but they still leave a trace.</summary>
    public const string AnonymousSubject = "anonymous";

    public static AuditActor ForService(string applicationName) => new(SystemSubjectPrefix + applicationName, [ServiceRole], null);

    /// <param name="user">The HTTP or gRPC caller; <see langword="null"/> when there is none.</param>
    public static AuditActor From(ClaimsPrincipal? user, string applicationName)
    {
        if (user is null)
        {
            return ForService(applicationName);
        }
        var roles = user.FindAll(PlatformClaims.Role)
            .Select(claim => claim.Value)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var subject = user.FindFirst(PlatformClaims.Subject)?.Value;
        return new AuditActor(
            string.IsNullOrEmpty(subject) ? AnonymousSubject : subject,
            roles,
            user.FindFirst(PlatformClaims.Authority)?.Value);
    }

    /// <summary>The form stored in <see cref="AuditRecord.Roles"/>.</summary>
    public string JoinedRoles => string.Join(',', Roles);
}
