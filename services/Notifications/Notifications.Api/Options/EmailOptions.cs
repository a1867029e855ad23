namespace Notifications.Api.Options;

/// <summary>
/// <c>Notifications:Email</c> (docs/out-of-area.md §11): the address notices come from, and whether the mail server must
/// offer TLS (a notice names a child: only a development server on this machine may take it in the clear). The server
/// itself is the connection string <c>mail</c>: <c>Endpoint=smtp://host:port</c> (STARTTLS) or <c>smtps://</c>, with
/// <c>Username</c> and <c>Password</c> where it asks for them.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Notifications:Email";

    public string From { get; set; } = "";
    public bool RequireTls { get; set; } = true;
}
