using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Notifications.Api.Options;

namespace Notifications.Api.Delivery;

/// <summary>
/// Hands a notice's email to the mail server (docs/out-of-area.md §11): connected, with TLS unless the settings allow a
/// development server in the clear, authenticated where it asks, sent, and the server's answer, or why there was none.
/// Accepted means the server took it for delivery; the host's acknowledgement is what says a person read it.
/// </summary>
public sealed class EmailSender(MailServer? server, IOptions<EmailOptions> options)
{
    public async Task<(bool Accepted, int? StatusCode, string Outcome)> SendAsync(MimeMessage message, TimeSpan timeout, CancellationToken ct)
    {
        if (server is null)
        {
            return (false, null, "no mail server is configured (ConnectionStrings:mail)");
        }
        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attempt.CancelAfter(timeout);
        var security = server.ImplicitTls ? SecureSocketOptions.SslOnConnect
            : options.Value.RequireTls ? SecureSocketOptions.StartTls : SecureSocketOptions.StartTlsWhenAvailable;
        try
        {
            await client.ConnectAsync(server.Host, server.Port, security, attempt.Token);
            if (server.UserName is { Length: > 0 } user)
            {
                await client.AuthenticateAsync(user, server.Password ?? "", attempt.Token);
            }
            var answer = await client.SendAsync(message, attempt.Token);
            await client.DisconnectAsync(quit: true, attempt.Token);
            return (true, 250, $"accepted: {answer}".Trim());
        }
        catch (SmtpCommandException refused)
        {
            return (false, (int)refused.StatusCode, $"refused: {(int)refused.StatusCode} {refused.Message}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (false, null, $"no answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (Exception failed) when (failed is SocketException or IOException or SmtpProtocolException or SslHandshakeException or AuthenticationException
            or NotSupportedException or ServiceNotConnectedException or ServiceNotAuthenticatedException)
        {
            return (false, null, $"unreachable: {failed.Message}");
        }
    }
}
