using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// The notifications team's journey (services/Portal/README.md): a child of ours placed in Derbyshire three weeks ago and
/// never notified is overdue on the worklist, lacking what reg 13(4) asks for; once it is added, the officer sends the
/// notice; Derbyshire's endpoint is down, so the delivery fails, and she sends it again from the failed deliveries. A
/// partner's notice that reached us late is on the worklist too.
/// </summary>
[Collection(PortalBrowserCollection.Name)]
public sealed class NotificationsWorklist_Specs(PortalBrowser portal)
{
    private const string Derbyshire = "E10000007";
    private const string Nottinghamshire = "E10000024";
    private const string Outbound = "/api/notifications/outbound";

    [Fact]
    public async Task An_officer_sends_an_overdue_notice_and_sends_its_failed_delivery_again()
    {
        using var team = portal.Platform.Notifications.CreateClient(TestTokens.For(Roles.Notifications));
        var directory = await team.PutAsJsonAsync($"/api/notifications/partners/{Derbyshire}", new
        {
            name = "Derbyshire County Council", channel = "webhook", webhookUrl = $"http://127.0.0.1:{ClosedPort()}/notices",
            webhookSecret = "derbyshire-secret-0123456789-0123456789",
        });
        Assert.True(directory.IsSuccessStatusCode, await directory.Content.ReadAsStringAsync());
        var childId = Guid.Parse(await portal.EnterCareAsync("Nia", "Away", People.Today.AddDays(-20), placedIn: Derbyshire));
        var notification = (await Eventually.ReturnsAsync(
            async () => (await team.GetFromJsonAsync<JsonElement>($"{Outbound}/worklist?pageSize=200")).GetProperty("items").EnumerateArray()
                .FirstOrDefault(i => i.GetProperty("childId").GetGuid() == childId),
            item => item.ValueKind == JsonValueKind.Object, "Notifications to open Nia's notice to Derbyshire")).GetProperty("notificationId").GetGuid();
        using var nottinghamshire = portal.Platform.Notifications.CreateClient(TestTokens.ForPartner(Nottinghamshire));
        Assert.Equal(HttpStatusCode.Created, (await nottinghamshire.PostAsJsonAsync("/api/partner/notifications", new
        {
            partnerReference = "NTS-77", givenName = "Remy", familyName = "Late", dateOfBirth = "2011-09-12", sex = "M", legalStatus = "C2",
            placementType = "U4", placementPostcode = "DE22 1AA", placementStartOn = People.Today.AddDays(-10).ToString("yyyy-MM-dd"), isEmergency = false,
        })).StatusCode);

        var page = await portal.NewPageAsync();
        await page.SignInAsync("Nadia Notices", "Notifications team");
        await page.OpenFromMenuAsync("Notifications worklist");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Nia Away" });
        await Expect(row).ToContainTextAsync("Derbyshire County Council");
        await Expect(row).ToContainTextAsync("Overdue by 20 days");
        await Expect(row).ToContainTextAsync("Lacks the needs assessment, reasons for the placement, care plan reference");
        await page.AssertAccessibleAsync("notifications-worklist");

        // Her social worker adds what reg 13(4) asks for (through the service's API: the Portal has no form for it yet).
        Assert.Equal(HttpStatusCode.OK, (await team.PutAsJsonAsync($"{Outbound}/{notification}/content", new
        {
            needsAssessment = "Needs a settled foster home near her school.", reasonsForPlacement = "The only matched carers.", carePlanReference = "CP-2026-301",
        })).StatusCode);
        await page.ReloadAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Send the placement notice for Nia Away" }).ClickAsync();
        await Expect(Success(page)).ToContainTextAsync("The placement notice for Nia Away is on its way.");

        await Eventually.ReturnsAsync(
            async () => (await team.GetFromJsonAsync<JsonElement>($"{Outbound}/deliveries?state=dead&pageSize=200")).GetProperty("items").EnumerateArray()
                .Any(d => d.GetProperty("notificationId").GetGuid() == notification),
            dead => dead, "the delivery to Derbyshire's endpoint, which is down, to fail");
        await page.GetByRole(AriaRole.Link, new() { Name = "Deliveries" }).ClickAsync();
        var failed = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Nia Away" });
        await Expect(failed).ToContainTextAsync("Failed");
        await Expect(failed).ToContainTextAsync("Derbyshire County Council");
        await page.AssertAccessibleAsync("notifications-failed-deliveries");
        await failed.GetByRole(AriaRole.Button, new() { Name = "Send again the placement notice for Nia Away" }).ClickAsync();
        await Expect(Success(page)).ToContainTextAsync("The placement notice for Nia Away will be sent again now.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Notices received late" }).ClickAsync();
        var late = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Remy Late" });
        await Expect(late).ToContainTextAsync("Late");
        await Expect(late).ToContainTextAsync("NTS-77");
        await page.AssertAccessibleAsync("notifications-received-late");
    }

    /// <summary>A port on this machine that nothing listens on: a partner's endpoint that is down.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static ILocator Success(IPage page) => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Success" });
}
