using System.Data.Common;

namespace Notifications.Api.Delivery;

/// <summary>
/// The SMTP server from the connection string <c>mail</c> (<see cref="CorporateParenting.ServiceDefaults.ResourceNames.Mail"/>):
/// <c>Endpoint=smtp://host:port</c> or <c>smtps://host:port</c> (TLS from the start), with optional <c>Username</c> and
/// <c>Password</c>. None when the service has no mail server; a malformed one is refused at start.
/// </summary>
public sealed record MailServer(string Host, int Port, bool ImplicitTls, string? UserName, string? Password)
{
    public static MailServer? From(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return null;
        }
        var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!parts.TryGetValue("Endpoint", out var endpoint) || !Uri.TryCreate(endpoint as string, UriKind.Absolute, out var uri) || uri.Scheme is not ("smtp" or "smtps"))
        {
            throw new InvalidOperationException("ConnectionStrings:mail must be Endpoint=smtp://host:port or Endpoint=smtps://host:port.");
        }
        return new MailServer(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? (uri.Scheme == "smtps" ? 465 : 25) : uri.Port, uri.Scheme == "smtps",
            parts.TryGetValue("Username", out var user) ? user as string : null, parts.TryGetValue("Password", out var password) ? password as string : null);
    }
}
