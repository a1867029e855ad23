using System.Net.Mail;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using CorporateParenting.Hosting;
using CorporateParenting.Infrastructure;
using CorporateParenting.ServiceDefaults;

namespace CorporateParenting.AppHost.Tests;

/// <summary>
/// The AppHost's local mail resource as Aspire runs it, alone and on ports Aspire chooses (not the AppHost's fixed
/// ones): healthy once its web view answers, taking a real email at its connection string, and gone with the application.
/// </summary>
public sealed class LocalSmtpResource_Specs
{
    [Fact]
    public async Task Smtp4dev_takes_an_email_at_its_connection_string_shows_it_in_its_web_view_and_stops_with_the_application()
    {
        var dataDirectory = Path.Combine(RepositoryRoot.Find(), ".local", "tests", "mail-" + Guid.NewGuid().ToString("N")[..8]);
        var builder = DistributedApplicationTestingBuilder.Create();
        builder.AddLocalSmtp(ResourceNames.Mail, smtpPort: null, webPort: null, dataDirectory);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await using (var app = await builder.BuildAsync(timeout.Token))
            {
                await app.StartAsync(timeout.Token);
                await app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Mail, timeout.Token);

                var connectionString = await app.GetConnectionStringAsync(ResourceNames.Mail, timeout.Token);
                Assert.StartsWith("Endpoint=smtp://", connectionString);
                var smtp = new Uri(connectionString!["Endpoint=".Length..]);
                using (var client = new SmtpClient(smtp.Host, smtp.Port))
                {
                    await client.SendMailAsync(new MailMessage("notices@corporate-parenting.example", "placements@host-authority.example",
                        "Notice of placement: CP-0002", "A child in our care has been placed in your area."), timeout.Token);
                }

                using var mailbox = new LocalMailbox(app.GetEndpoint(ResourceNames.Mail, SmtpEndpoints.Http));
                var received = Assert.Single(await mailbox.ListAsync(timeout.Token));
                Assert.Equal("Notice of placement: CP-0002", received.Subject);
                Assert.NotEmpty(OwnedProcesses.Find(Path.Combine(dataDirectory, "smtp4dev")));

                await app.StopAsync(timeout.Token);
            }

            Assert.Empty(OwnedProcesses.Find(Path.Combine(dataDirectory, "smtp4dev")));
        }
        finally
        {
            RunningAppHost.DeleteFolder(dataDirectory);
        }
    }
}
