using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using CorporateParenting.Testing;
using MailKit.Net.Smtp;
using MimeKit;
using Xunit.Abstractions;

namespace CorporateParenting.Infrastructure.Tests;

public sealed class LocalSmtpServerTests(ITestOutputHelper output)
{
    private static readonly byte[] NoticeDocument = Encoding.UTF8.GetBytes("%PDF-1.4 notice of placement (test)");

    [Fact]
    public async Task An_email_sent_over_SMTP_is_read_back_whole_and_dispose_stops_every_process_of_the_server()
    {
        var folder = TestData.NewDirectory("smtp");
        var server = await LocalSmtpServer.StartAsync(folder, logger: new TestLogger(output.WriteLine));
        var (smtpPort, webPort) = (server.SmtpPort, server.WebPort);
        var running = ProcessTable.OfServersIn(folder);
        output.WriteLine($"While running:{Environment.NewLine}{ProcessTable.Describe(running)}");
        Assert.Contains(running, p => p.CommandLine.Contains("Rnwood.Smtp4dev", StringComparison.Ordinal));
        Assert.Equal($"Endpoint=smtp://127.0.0.1:{smtpPort}", server.ConnectionString);

        await SendNoticeAsync(server.SmtpUri, "Notice of placement: CP-0001");

        var received = Assert.Single(await server.Mailbox.ListAsync());
        Assert.Equal("Notice of placement: CP-0001", received.Subject);
        Assert.Equal(["placements@host-authority.example"], received.To);
        Assert.Equal("notices@corporate-parenting.example", received.From);
        Assert.Equal(1, received.AttachmentCount);
        Assert.True(received.ReceivedAt > DateTimeOffset.UtcNow.AddMinutes(-5), $"Received at {received.ReceivedAt:O}");

        var source = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(await server.Mailbox.SourceAsync(received.Id))));
        Assert.Equal("Notice of placement: CP-0001", source.Subject);
        Assert.Equal("placements@host-authority.example", Assert.Single(source.To.Mailboxes).Address);
        var attachment = Assert.IsType<MimePart>(Assert.Single(source.Attachments));
        Assert.Equal("notice.pdf", attachment.FileName);
        Assert.NotNull(attachment.Content);
        using var content = new MemoryStream();
        await attachment.Content.DecodeToAsync(content);
        Assert.Equal(NoticeDocument, content.ToArray());

        await server.Mailbox.ClearAsync();
        Assert.Empty(await server.Mailbox.ListAsync());

        await server.DisposeAsync();
        await server.DisposeAsync(); // idempotent
        NothingLeftBehind.In(folder, ("SMTP", smtpPort), ("Web view", webPort));
    }

    [Fact]
    public async Task It_lists_every_email_oldest_first_and_takes_SMTP_on_loopback_only()
    {
        await using var server = await LocalSmtpServer.StartAsync(TestData.NewDirectory("smtp"), logger: new TestLogger(output.WriteLine));

        for (var i = 1; i <= 7; i++)
        {
            await SendNoticeAsync(server.SmtpUri, $"Notice {i}");
        }

        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"Notice {i}"), (await server.Mailbox.ListAsync()).Select(e => e.Subject));
        foreach (var address in OwnNonLoopbackAddresses())
        {
            using var client = new TcpClient(address.AddressFamily);
            await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(address, server.SmtpPort));
        }
    }

    [Fact]
    public async Task The_fixture_starts_one_mail_server_on_first_use_and_stops_it_with_itself()
    {
        var fixture = new InfrastructureFixture();

        var servers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fixture.MailServerAsync()));

        Assert.All(servers, server => Assert.Same(servers[0], server));
        var smtpPort = servers[0].SmtpPort;
        await fixture.DisposeAsync();
        Assert.True(FreePort.IsFree(smtpPort), $"SMTP port {smtpPort} is still taken");
    }

    private static async Task SendNoticeAsync(Uri smtp, string subject)
    {
        var body = new BodyBuilder { TextBody = "A child in our care has been placed in your area." };
        body.Attachments.Add("notice.pdf", NoticeDocument, new ContentType("application", "pdf"));
        var message = new MimeMessage(
            [new MailboxAddress("Corporate Parenting", "notices@corporate-parenting.example")],
            [new MailboxAddress("Host authority placements team", "placements@host-authority.example")],
            subject,
            body.ToMessageBody());

        using var client = new SmtpClient();
        await client.ConnectAsync(smtp);
        await client.SendAsync(message);
        await client.DisconnectAsync(quit: true);
    }

    private static IEnumerable<IPAddress> OwnNonLoopbackAddresses() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(i => i.OperationalStatus == OperationalStatus.Up)
            .SelectMany(i => i.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
}
