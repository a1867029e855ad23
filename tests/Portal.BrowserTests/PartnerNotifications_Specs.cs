using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests;

/// <summary>
/// A partner authority's journey (services/Portal/README.md): Birmingham (E08000025) tells us of a child it placed here,
/// making mistakes that the Portal and then the notifications service name field by field without losing what was
/// typed, and sees the notice in its list; it changes another (an emergency after all, so on time) and tells us it
/// ended. Coventry (E08000026) neither sees Birmingham's notices nor opens them; our own staff cannot open a partner's pages.
/// </summary>
[Collection(PortalBrowserCollection.Name)]
public sealed class PartnerNotifications_Specs(PortalBrowser portal)
{
    private const string Birmingham = "E08000025";
    private const string Coventry = "E08000026";

    [Fact]
    public async Task A_partner_files_a_notice_after_its_mistakes_are_named_and_sees_it_in_her_list()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("Bina Birmingham", "Partner authority", Birmingham);
        await page.OpenFromMenuAsync("Your placement notices");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Children you have placed in our area");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tell us about a child you have placed" }).ClickAsync();
        await page.AssertAccessibleAsync("partner-notice-new");

        // Her mistakes: no family name, and not saying whether it was an emergency; the postcode is the service's to check.
        await page.GetByLabel("Your reference for the child").FillAsync("BHM-2041");
        await page.GetByLabel("Given name").FillAsync("Ellie");
        await page.FillDateAsync("Date of birth", new DateOnly(2012, 5, 4));
        await page.GetByLabel("Female").CheckAsync();
        await page.GetByLabel("Legal status").SelectOptionAsync("C2");
        await page.GetByLabel("Placement type").SelectOptionAsync("U6");
        await page.GetByLabel("Postcode of the placement").FillAsync("DE1");
        await page.FillDateAsync("Start date", People.Today.AddDays(-3));
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the notice" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Enter the child's family name", "Select yes if the placement was made in an emergency"]);
        await Expect(page).ToHaveTitleAsync("Error: Tell us about a child you have placed – Corporate Parenting");
        await Expect(page.GetByLabel("Given name")).ToHaveValueAsync("Ellie");
        await Expect(page.GetByLabel("Legal status")).ToHaveValueAsync("C2");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Date of birth" }).GetByLabel("Day")).ToHaveValueAsync("4");
        await page.AssertAccessibleAsync("partner-notice-new-errors");

        await page.GetByLabel("Family name").FillAsync("Stone");
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the notice" }).ClickAsync();
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Postcode of the placement must be a UK postcode such as DE1 2AA"]);
        await Expect(page.GetByLabel("Postcode of the placement")).ToHaveValueAsync("DE1");
        await Expect(page.GetByLabel("Family name")).ToHaveValueAsync("Stone");
        await Expect(page.GetByLabel("No", new() { Exact = true })).ToBeCheckedAsync();

        await page.GetByLabel("Postcode of the placement").FillAsync("de1 2aa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the notice" }).ClickAsync();
        await Expect(Success(page)).ToContainTextAsync("Your notice for Ellie Stone has been sent. It reached us late.");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "BHM-2041" });
        await Expect(row).ToContainTextAsync("Ellie Stone");
        await Expect(row).ToContainTextAsync("Late"); // a planned placement told of after it started
        await page.AssertAccessibleAsync("partner-notices");
    }

    [Fact]
    public async Task A_partner_changes_a_notice_to_an_emergency_placement_and_tells_us_it_ended()
    {
        await SendAsync(Birmingham, "BHM-2042", "Tom", "Moved", People.Today.AddDays(-3));
        var page = await portal.NewPageAsync();
        await page.SignInAsync("Bina Birmingham", "Partner authority", Birmingham);
        await page.OpenFromMenuAsync("Your placement notices");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "BHM-2042" });
        await Expect(row).ToContainTextAsync("Late");

        await row.GetByRole(AriaRole.Link, new() { Name = "Change the notice for Tom Moved" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Change the notice for Tom Moved");
        await Expect(page.GetByLabel("Postcode of the placement")).ToHaveValueAsync("DE1 2AA");
        await Expect(page.GetByLabel("No", new() { Exact = true })).ToBeCheckedAsync();
        await page.AssertAccessibleAsync("partner-notice-change");
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the changes" }).ClickAsync();
        await Expect(Success(page)).ToContainTextAsync("Your notice for Tom Moved has been changed.");
        await Expect(row).ToContainTextAsync("(emergency)");
        await Expect(row).ToContainTextAsync("On time"); // an emergency placement told of within 5 working days

        await row.GetByRole(AriaRole.Link, new() { Name = "End the notice for Tom Moved" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tell us the placement has ended");
        await page.AssertAccessibleAsync("partner-notice-end");
        await page.FillDateAsync("When did the placement end?", People.Today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tell us it has ended" }).ClickAsync();
        await Expect(Success(page)).ToContainTextAsync($"You have told us the placement of Tom Moved ended on {People.Today:d MMMM yyyy}.");
        await Expect(row).ToContainTextAsync("Ended");
        await Expect(row.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Another_partner_neither_sees_nor_opens_a_partners_notice_and_our_staff_cannot_open_a_partners_pages()
    {
        var id = await SendAsync(Birmingham, "BHM-3007", "Kai", "Hidden", People.Today.AddDays(-1));

        var page = await portal.NewPageAsync();
        await page.SignInAsync("Cal Coventry", "Partner authority", Coventry);
        await page.OpenFromMenuAsync("Your placement notices");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Children you have placed in our area");
        await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("BHM-");
        foreach (var action in new[] { "change", "end" })
        {
            var response = await page.GotoAsync($"/partner/notifications/{id}/{action}");
            Assert.Equal(404, response!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
            await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Kai");
        }
        await page.AssertAccessibleAsync("partner-notice-not-found");
        await page.GotoAsync("/notifications");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You cannot see this page");

        var officer = await portal.NewPageAsync();
        await officer.SignInAsync("Nadia Notices", "Notifications team");
        await Expect(officer.GetByRole(AriaRole.Link, new() { Name = "Your placement notices" })).ToHaveCountAsync(0);
        await officer.GotoAsync($"/partner/notifications/{id}/change");
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You cannot see this page");
    }

    /// <summary>A planned placement's notice, sent by <paramref name="authority"/> through the service's API as its own system would; its id.</summary>
    private async Task<string> SendAsync(string authority, string reference, string givenName, string familyName, DateOnly startOn)
    {
        using var partner = portal.Platform.Notifications.CreateClient(TestTokens.ForPartner(authority));
        var sent = await partner.PostAsJsonAsync("/api/partner/notifications", new
        {
            partnerReference = reference, givenName, familyName, dateOfBirth = "2013-02-01", sex = "M", legalStatus = "C2", placementType = "K2",
            placementPostcode = "DE1 2AA", placementStartOn = startOn.ToString("yyyy-MM-dd"), isEmergency = false,
        });
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        return (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static ILocator Success(IPage page) => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Success" });
}
