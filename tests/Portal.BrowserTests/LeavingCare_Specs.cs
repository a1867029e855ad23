using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// The leaving care adviser's journey (services/Portal/README.md): a 16-year-old owed a personal adviser is on the
/// worklist; the adviser allocates one (a mistake named on the way) and records a contact.
/// </summary>
[Collection(PortalBrowserCollection.Name)]
public sealed class LeavingCare_Specs(PortalBrowser portal)
{
    [Fact]
    public async Task An_adviser_allocates_a_personal_adviser_from_the_worklist_and_records_a_contact()
    {
        using var team = portal.Platform.LeavingCare.CreateClient(TestTokens.For(Roles.LeavingCare));
        (await team.PostAsJsonAsync("/api/leaving-care/advisers", new { name = "Pat Adviser" })).EnsureSuccessStatusCode();
        // Looked after since before 15, 17 next month: eligible, owed an adviser, and the 17th birthday's window is open.
        var childId = await portal.EnterCareAsync("Lee", "Lindqvist", People.Today.AddDays(-800), People.Today.AddYears(-17).AddDays(20).ToString("yyyy-MM-dd"));
        await Eventually.ReturnsAsync(
            async () => await team.GetFromJsonAsync<JsonElement>("/api/leaving-care/worklist?kind=allocate-personal-adviser"),
            w => w.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("youngPersonId").GetString() == childId), "Leaving Care to owe Lee an adviser");

        var page = await portal.NewPageAsync();
        await page.SignInAsync("Lou Adviser", "Leaving care adviser");
        await page.OpenFromMenuAsync("Leaving care worklist");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Lee Lindqvist" }).Filter(new() { HasText = "Allocate a personal adviser" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync("leaving-care-worklist");

        await row.GetByRole(AriaRole.Link, new() { Name = "Allocate a personal adviser to Lee Lindqvist" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a personal adviser");
        await page.AssertAccessibleAsync("leaving-care-allocate-errors");
        await page.GetByLabel("Pat Adviser").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Success" })).ToContainTextAsync("Pat Adviser is allocated to Lee Lindqvist");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Lee Lindqvist" }).Filter(new() { HasText = "Allocate a personal adviser" }))
            .ToHaveCountAsync(0);

        await page.GotoAsync($"/leaving-care/young-people/{childId}/contacts");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the contact" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select whether they were in touch");
        await page.GetByLabel("In touch", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("How (optional)").FillAsync("Home visit");
        await page.AssertAccessibleAsync("leaving-care-contact");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the contact" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Success" })).ToContainTextAsync("Contact with Lee Lindqvist");
    }
}
